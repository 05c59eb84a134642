/**
 * Writes the files VS Code reads directly, syntaxes/ocpp.tmLanguage.json from every catalog, so its word lists
 * never drift from what the service checks, and the `ocpp.version`, `ocpp.profile`,
 * `ocpp.maxFileSize` and `ocpp.rules.<code>` settings in package.json from the diagnostic codes and the service's
 * defaults (everything else in package.json is kept as it is). Run `npx tsx scripts/generate.ts` after changing the catalog or the codes; test/generated.test.ts
 * fails while the checked-in files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../server/src/ocpp/catalog';
import type { Enumeration } from '../server/src/ocpp/schema';
import { enumerationsOf } from '../server/src/ocpp/walk';
import { catalogs, problemCodes } from '../server/src/product';
import { lenientProfile, profiles, ruleSeverities } from '../server/src/service/settings/ruleSettings';
import { defaultMaxFileSize } from '../server/src/service/check/sizeLimit';
import { autoVersion } from '../server/src/service/settings/versionSetting';

export const repoRoot = join(__dirname, '..');
export const grammarFilePath = 'syntaxes/ocpp.tmLanguage.json';
export const grammarScopeName = 'source.json.ocpp';

/** The one serialisation the generated files use, so a rerun on unchanged input gives identical bytes. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// Snippets are no file: the language server offers them from each document's own catalog (features/frameSnippets.ts),
// since a static snippet file cannot know a document's version and the versions' snippets share their prefixes.

// ---- grammar ----

type Rule = Record<string, unknown>;

const scope = (name: string) => `${name}.json.ocpp`;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const include = (name: string): Rule => ({ include: `#${name}` });

/**
 * The grammar has no version: a TextMate grammar cannot tell a 1.6 file from a 2.0.1 one, so each word list is
 * the union over every catalog, each word once, in catalog order.
 */
const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** Every version's action names. */
export function grammarActionNames(): string[] {
  return union(catalogs.map((c) => c.actions.map((a) => a.name)));
}

/**
 * The enumerations of StatusNotification's connector status (1.6 ChargePointStatus, 2.0.1 ConnectorStatusEnumType)
 * or of its error code (1.6 ChargePointErrorCode; 2.0.1 has none, a station reports faults by NotifyEvent),
 * read from each catalog's StatusNotification request rather than named here.
 */
function statusNotificationEnumeration(catalog: Catalog, field: 'status' | 'errorCode'): Enumeration | undefined {
  const request = catalog.actionsByName.get('StatusNotification')?.request;
  const found = request?.fields.find((f) => (field === 'status' ? /^(connector)?status$/i : /^errorCode$/).test(f.name));
  return found?.type.kind === 'enum' ? found.type.enumeration : undefined;
}

const valuesOf = (e: Enumeration | undefined) => e?.values.map((v) => v.name) ?? [];

/** The values that get the status scope: the connector statuses of every version. */
export function grammarStatusValues(): string[] {
  return union(catalogs.map((c) => valuesOf(statusNotificationEnumeration(c, 'status'))));
}

/** The values that get the error-code scope: StatusNotification's error codes (1.6 only). */
export function grammarErrorCodeValues(): string[] {
  return union(catalogs.map((c) => valuesOf(statusNotificationEnumeration(c, 'errorCode')))).filter((v) => !grammarStatusValues().includes(v));
}

/** The values of every other enumeration the catalogs use (RegistrationStatus, Measurand, ...), each once. */
export function grammarOtherEnumValues(): string[] {
  const named = new Set([...grammarStatusValues(), ...grammarErrorCodeValues()]);
  return union(catalogs.map((c) => enumerationsOf(c.actions).flatMap((e) => valuesOf(e)))).filter((v) => !named.has(v));
}

/** A string value that is exactly one of `words`: the word gets `wordScope`, the quotes stay string punctuation. */
function exactStringRule(words: readonly string[], wordScope: string): Rule {
  return {
    match: `(")(${words.map(escapeRegex).join('|')})(")`,
    name: scope('string.quoted.double'),
    captures: {
      1: { name: scope('punctuation.definition.string.begin') },
      2: { name: wordScope },
      3: { name: scope('punctuation.definition.string.end') },
    },
  };
}

function arrayRule(valueRule: string, extraPatterns: Rule[]): Rule {
  return {
    // Eating the whitespace after `[` (including the line break) keeps the anchor `\G` on the first element,
    // even when a pretty-printed frame puts it on the next line.
    begin: '(\\[)\\s*',
    beginCaptures: { 1: { name: scope('punctuation.definition.array.begin') } },
    end: '\\]',
    endCaptures: { 0: { name: scope('punctuation.definition.array.end') } },
    name: scope('meta.structure.array'),
    patterns: [
      ...extraPatterns,
      include(valueRule),
      { match: ',', name: scope('punctuation.separator.array') },
      { match: '[^\\s\\]]', name: scope('invalid.illegal.expected-array-separator') },
    ],
  };
}

export function buildGrammar(): Rule {
  const frameIds = [...new Set(catalogs.flatMap((c) => c.messageTypes.map((t) => String(t.id))))];
  const valueKinds = ['comments', 'ocpp-words', 'string', 'number', 'constant', 'object'];
  return {
    information_for_contributors: [
      'Generated from the OCPP catalogs (every version) by scripts/generate.ts: edit that script or a catalog, then run `npx tsx scripts/generate.ts`.',
    ],
    name: 'OCPP JSON',
    scopeName: grammarScopeName,
    patterns: [include('frame-value')],
    repository: {
      // Frames appear at the top level and inside a top-level conversation array; anything inside an object is
      // payload data, where a leading 2 is just a number. Two value rules keep those contexts apart.
      'frame-value': { patterns: [...valueKinds.map(include), include('frame-array')] },
      'data-value': { patterns: [...valueKinds.map(include), include('data-array')] },
      'frame-array': arrayRule('frame-value', [
        {
          // `\G` only matches where the `[` (and the whitespace after it) ended, i.e. at the first element.
          match: `\\G\\s*(${frameIds.join('|')})(?![0-9.eE])`,
          captures: { 1: { name: 'constant.numeric.message-type-id.ocpp' } },
        },
      ]),
      'data-array': arrayRule('data-value', []),
      object: {
        begin: '\\{',
        beginCaptures: { 0: { name: scope('punctuation.definition.dictionary.begin') } },
        end: '\\}',
        endCaptures: { 0: { name: scope('punctuation.definition.dictionary.end') } },
        name: scope('meta.structure.dictionary'),
        patterns: [
          include('comments'),
          include('property-name'),
          {
            begin: ':',
            beginCaptures: { 0: { name: scope('punctuation.separator.dictionary.key-value') } },
            end: '(,)|(?=\\})',
            endCaptures: { 1: { name: scope('punctuation.separator.dictionary.pair') } },
            name: scope('meta.structure.dictionary.value'),
            patterns: [
              include('data-value'),
              { match: '[^\\s,]', name: scope('invalid.illegal.expected-dictionary-separator') },
            ],
          },
          { match: '[^\\s}]', name: scope('invalid.illegal.expected-dictionary-separator') },
        ],
      },
      // Keys have their own rule, reached only before a `:`, so a key spelt like an action or status keeps it.
      'property-name': {
        begin: '"',
        beginCaptures: { 0: { name: scope('punctuation.support.type.property-name.begin') } },
        end: '"',
        endCaptures: { 0: { name: scope('punctuation.support.type.property-name.end') } },
        name: `${scope('string')} ${scope('support.type.property-name')}`,
        patterns: [include('string-escape')],
      },
      'ocpp-words': {
        patterns: [
          exactStringRule(grammarActionNames(), 'entity.name.function.action.ocpp'),
          exactStringRule(grammarStatusValues(), 'variable.other.enummember.status.ocpp'),
          exactStringRule(grammarErrorCodeValues(), 'variable.other.enummember.error-code.ocpp'),
          exactStringRule(grammarOtherEnumValues(), 'variable.other.enummember.ocpp'),
        ],
      },
      string: {
        begin: '"',
        beginCaptures: { 0: { name: scope('punctuation.definition.string.begin') } },
        end: '"',
        endCaptures: { 0: { name: scope('punctuation.definition.string.end') } },
        name: scope('string.quoted.double'),
        patterns: [include('string-escape')],
      },
      'string-escape': {
        patterns: [
          { match: '\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})', name: scope('constant.character.escape') },
          { match: '\\\\.', name: scope('invalid.illegal.unrecognized-string-escape') },
        ],
      },
      number: {
        match: '-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?',
        name: scope('constant.numeric'),
      },
      constant: {
        match: '\\b(?:true|false|null)\\b',
        name: scope('constant.language'),
      },
      // OCPP-J has no comments and the server reports them; colouring them keeps a stray one easy to spot.
      comments: {
        patterns: [
          {
            begin: '/\\*',
            beginCaptures: { 0: { name: scope('punctuation.definition.comment') } },
            end: '\\*/',
            endCaptures: { 0: { name: scope('punctuation.definition.comment') } },
            name: scope('comment.block'),
          },
          {
            match: '(//).*$\\n?',
            captures: { 1: { name: scope('punctuation.definition.comment') } },
            name: scope('comment.line.double-slash'),
          },
        ],
      },
    },
  };
}

// ---- settings in package.json ----

export const manifestPath = 'package.json';
const isGeneratedSetting = (key: string) =>
  key === 'ocpp.version' || key === 'ocpp.profile' || key === 'ocpp.maxFileSize' || key.startsWith('ocpp.rules.');

/**
 * `ocpp.profile`, `ocpp.maxFileSize` and one `ocpp.rules.<code>` per diagnostic code, with its default severity and
 * description. All are read per document with the same precedence over `.ocpprc.json`, hence the same scope.
 */
export function buildRuleSettings(): Record<string, unknown> {
  const lenient = (severity: string) => lenientProfile.filter((e) => e.severity === severity)
    .map((e) => `\`${e.code}\`${e.subset ? ` (${e.subset})` : ''}`).join(', ');
  const properties: Record<string, unknown> = {
    'ocpp.version': {
      type: 'string',
      enum: [autoVersion, ...catalogs.map((c) => c.version)],
      enumDescriptions: [
        'Tell each file\'s version from its content: action names, payload fields and file names that only one version has. A file that fits several is checked as the oldest.',
        ...catalogs.map((c) => `Check every file as ${c.displayName}.`),
      ],
      default: autoVersion,
      scope: 'window',
      markdownDescription: 'The OCPP version files are checked as. `auto` decides per file from its content; the status bar shows the version and why. Wins over `version` in a `.ocpprc.json` file, so that a folder of 2.0.1 files next to a folder of 1.6 files works best with `auto` here and one `.ocpprc.json` in each folder.',
    },
    'ocpp.profile': {
      type: 'string',
      enum: [...profiles],
      enumDescriptions: [
        'Every diagnostic code at its default severity.',
        `For logs recorded from chargers in the field: mistakes firmware commonly makes become warnings (${lenient('warning').replace(/`/g, '')}), and what a log excerpt cannot show becomes information (${lenient('information').replace(/`/g, '')}).`,
      ],
      default: 'strict',
      scope: 'window',
      markdownDescription: `A preset of severities. \`lenient\`, for logs recorded from chargers in the field, makes ${lenient('warning')} warnings and ${lenient('information')} information. \`ocpp.rules.*\` settings win over the profile; both win over a \`.ocpprc.json\` file in the workspace.`,
    },
    'ocpp.maxFileSize': {
      type: 'number',
      minimum: 0,
      default: defaultMaxFileSize,
      scope: 'window',
      markdownDescription: 'The size in megabytes (millions of characters) above which a file gets only its JSON syntax checked, with a note saying so, so that a huge log does not keep the language server busy. `0` means no limit. Wins over `maxFileSize` in a `.ocpprc.json` file. `ocpp-lint` checks every file in full.',
    },
  };
  for (const [code, { severity, description }] of Object.entries(problemCodes)) {
    properties[`ocpp.rules.${code}`] = {
      type: 'string',
      enum: [...ruleSeverities],
      default: severity,
      scope: 'window',
      description,
    };
  }
  return properties;
}

/** package.json as checked in, with the generated settings replaced in place (appended the first time). */
export function buildManifest(): unknown {
  const manifest = JSON.parse(readFileSync(join(repoRoot, manifestPath), 'utf8'));
  const sections = manifest.contributes.configuration;
  const section = Array.isArray(sections) ? sections[0] : sections;
  const generated = buildRuleSettings();
  const properties: Record<string, unknown> = {};
  let placed = false;
  for (const [key, value] of Object.entries(section.properties as Record<string, unknown>)) {
    if (!isGeneratedSetting(key)) properties[key] = value;
    else if (!placed) {
      Object.assign(properties, generated);
      placed = true;
    }
  }
  if (!placed) Object.assign(properties, generated);
  section.properties = properties;
  return manifest;
}

export const generatedFiles: readonly { path: string; build: () => unknown }[] = [
  { path: manifestPath, build: buildManifest },
  { path: grammarFilePath, build: buildGrammar },
];

if (require.main === module) {
  for (const file of generatedFiles) {
    writeFileSync(join(repoRoot, file.path), toJsonText(file.build()));
    console.log(`wrote ${file.path}`);
  }
}
