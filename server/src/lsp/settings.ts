/**
 * The rule settings each open document is validated with, in the server: the editor's `ocpp` settings (rules,
 * profile and the size limit `maxFileSize`) win over the nearest `.ocpprc.json` above the document, which wins over
 * the defaults. The same file lookup as the CLI's, so a file gets the same verdict in the editor and in CI unless
 * the editor says otherwise or the file is over the size limit, which the CLI ignores.
 */
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification,
  type Connection, type InitializeParams,
} from 'vscode-languageserver';
import { ConfigFiles, configFileName, type ConfigFile } from '../configFile';
import type { FileSystem, Paths, Timer, Timers } from '../environment';
import { describeError } from './runSafe';
import { problemCodes, versions } from '../product';
import { mergeRuleSettings, readRuleSettings, type RuleSettings } from '../service/settings/ruleSettings';

export class DocumentSettings {
  private client: RuleSettings = {};
  private readonly files: ConfigFiles;
  /** Each problem with a settings file or the editor's settings is told once, until the settings change. */
  private readonly told = new Set<string>();
  private workspaceFolders: string[] = [];

  constructor(private readonly environment: FileSystem & Paths, private readonly warn: (message: string) => void) {
    this.files = new ConfigFiles(environment);
  }

  /** The folders (file URIs) whose `.ocpprc.json` applies to documents that are not files, e.g. untitled ones. */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.workspaceFolders = uris.flatMap((uri) => {
      const path = this.environment.uriToPath(uri);
      return path === undefined ? [] : [path];
    });
  }

  /** The editor's `ocpp` section: `{ rules?, profile?, maxFileSize?, version?, ... }` (ruleSettings.ts reads it). */
  setClientSettings(section: unknown): void {
    const { settings, errors } = readRuleSettings(section, 'ignore', problemCodes, { versions, source: 'ocpp.version' });
    this.client = settings;
    this.told.clear();
    for (const error of errors) this.tell(`OCPP settings: ${error}`);
  }

  /** Settings files are read again on next use: one may have been created, changed or deleted. */
  forgetFiles(): void {
    this.files.clear();
    this.told.clear();
  }

  forDocument(uri: string): RuleSettings {
    const path = this.environment.uriToPath(uri);
    const file = path !== undefined
      ? this.files.nearest(this.environment.dirname(path))
      : this.workspaceFolders.map((folder) => this.files.nearest(folder)).find(Boolean);
    if (file) this.tellErrors(file);
    return mergeRuleSettings(file?.settings, this.client);
  }

  private tellErrors(file: ConfigFile): void {
    for (const error of file.errors) this.tell(`${file.path}: ${error}`);
  }

  private tell(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.warn(message);
  }
}

/** A problem with the user's settings goes to the log and, as a plain notification (no buttons), to the user. */
export function warnUser(connection: Connection): (message: string) => void {
  return (message) => {
    connection.console.warn(`ocpp: ${message}`);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `OCPP Authoring: ${message}` });
  };
}

export interface SettingsSync {
  /** Call from onInitialize: notes what the client can do and where its workspace is. */
  initialize(params: InitializeParams): void;
  /** Settles once the first settings are known (or the client took too long to say), so that the first
   * diagnostics a document gets already use them. */
  ready(): Promise<void>;
}

/** How long validation waits for the client's first answer about its settings before going ahead without it. */
const firstSettingsPatience = 2000;

/**
 * Keeps `settings` current: pulls the `ocpp` section (workspace/configuration) when the client supports it, or
 * takes it from didChangeConfiguration otherwise; re-reads `.ocpprc.json` files when they change
 * (didChangeWatchedFiles, registered by the server where the client allows it) and on every configuration change.
 * `changed` is called whenever the result may differ, to re-validate the open documents. The wait for the client's
 * first answer runs on `timers`, the environment's.
 */
export function syncSettings(connection: Connection, settings: DocumentSettings, changed: () => void, timers: Timers): SettingsSync {
  let pull = false;
  let registerConfiguration = false;
  let registerWatcher = false;
  let first: Promise<void> = Promise.resolve();

  const pullSettings = async () => {
    try {
      const [section] = await connection.workspace.getConfiguration([{ section: 'ocpp' }]) as unknown[];
      settings.setClientSettings(section);
    } catch (error) {
      connection.console.warn(`ocpp: could not read the client's settings: ${describeError(error)}`);
    }
  };

  connection.onInitialized(() => {
    if (registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ocpp' });
    if (registerWatcher) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${configFileName}` }] });
    }
    if (pull) {
      let timer: Timer | undefined;
      const patience = new Promise<'late'>((resolve) => {
        timer = timers.setTimeout(() => resolve('late'), firstSettingsPatience);
      });
      const pulled = pullSettings().finally(() => timers.clearTimeout(timer));
      first = Promise.race([pulled, patience]).then((outcome) => {
        // Documents validated while the answer was late are validated again once it comes.
        if (outcome === 'late') void pulled.then(changed);
      });
    }
  });

  connection.onDidChangeConfiguration(async (params) => {
    settings.forgetFiles();
    if (pull) await pullSettings();
    else settings.setClientSettings((params.settings as { ocpp?: unknown } | null | undefined)?.ocpp);
    changed();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((change) => change.uri.endsWith(`/${configFileName}`))) return;
    settings.forgetFiles();
    changed();
  });

  return {
    initialize(params) {
      const workspace = params.capabilities.workspace;
      pull = workspace?.configuration === true;
      registerConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
      registerWatcher = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      settings.setWorkspaceFolders(folders);
    },
    ready: () => first,
  };
}
