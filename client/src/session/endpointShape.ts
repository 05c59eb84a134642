/**
 * What an endpoint entry must hold, checked where it is read (settings or `.ocpprc.json`), kept apart from `vscode`
 * so that plain Node tests can check it. An entry that does not fit is left out with one sentence saying why.
 */
export interface EndpointSetting {
  readonly name: string;
  readonly role: 'station' | 'csms';
  /** "1.6", "2.0.1" or "2.1"; the document's version when left out. */
  readonly version?: string;
  /** station: the central system's address without the identity, and the identity. */
  readonly url?: string;
  readonly identity?: string;
  /** csms: the port to listen on (127.0.0.1 only). */
  readonly port?: number;
  /** Paths of PEM files: an extra CA to trust, our certificate and its key (security profile 3). */
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  /** Where the entry came from ("user settings", ".ocpprc.json"), for the picker. */
  readonly from: string;
  /** The folder relative TLS paths are read from (a .ocpprc.json's folder). */
  readonly baseFolder?: string;
}

const versions = ['1.6', '2.0.1', '2.1'];

export function readEndpoints(value: unknown, from: string, problems: string[]): EndpointSetting[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`"endpoints" in ${from} must be an array of endpoints.`);
    return [];
  }
  const found: EndpointSetting[] = [];
  value.forEach((item, i) => {
    const problem = problemOf(item);
    if (problem) problems.push(`Endpoint ${i + 1} in ${from} was left out: ${problem}`);
    else found.push({ ...(item as Omit<EndpointSetting, 'from'>), from });
  });
  return found;
}

function problemOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'it is not an object.';
  const e = item as Record<string, unknown>;
  if (typeof e.name !== 'string' || e.name.trim() === '') return 'it has no "name".';
  if (e.role !== 'station' && e.role !== 'csms') return `"role" must be "station" (connect to a central system) or "csms" (listen for stations).`;
  if (e.version !== undefined && !versions.includes(e.version as string)) return `"version" must be one of ${versions.join(', ')}.`;
  for (const key of ['ca', 'cert', 'key']) {
    if (e[key] !== undefined && typeof e[key] !== 'string') return `"${key}" must be the path of a PEM file.`;
  }
  if (e.role === 'station') {
    if (typeof e.url !== 'string' || !/^wss?:\/\//.test(e.url)) return '"url" must be a ws:// or wss:// address.';
    if (typeof e.identity !== 'string' || e.identity === '') return '"identity" must name the station.';
  } else if (e.port !== undefined && (!Number.isInteger(e.port) || (e.port as number) < 0 || (e.port as number) > 65535)) {
    return '"port" must be a port number (0 picks a free one).';
  }
  return undefined;
}
