// Before loading Payload, checks that a MongoDB host accepts connections at all, so an
// unreachable server fails start-up in seconds with its name, not after a long driver timeout.
import { promises as dns } from 'node:dns';
import net from 'node:net';
import { databaseHost } from './choose-database.js';

/** Host and port pairs of a mongodb:// URI (SRV records for mongodb+srv://). */
export async function mongoHosts(uri: string): Promise<{ host: string; port: number }[]> {
  const authority = databaseHost(uri);
  if (/^mongodb\+srv:/i.test(uri)) {
    const records = await dns.resolveSrv(`_mongodb._tcp.${authority}`);
    return records.map((record) => ({ host: record.name, port: record.port }));
  }
  return authority.split(',').map((entry) => {
    const bracketed = /^\[(.+)\](?::(\d+))?$/.exec(entry);
    if (bracketed) return { host: bracketed[1] ?? '', port: Number(bracketed[2] ?? 27017) };
    const [host = '', port] = entry.split(':');
    return { host, port: Number(port ?? 27017) };
  });
}

function canConnect(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (problem: string | undefined) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(timeoutMs, () => finish(`no answer from ${host}:${port} within ${timeoutMs} ms`));
    socket.once('connect', () => finish(undefined));
    socket.once('error', (error) => finish(`${host}:${port}: ${error.message}`));
  });
}

/** Undefined when at least one host accepts a connection; otherwise why none did. */
export async function probeMongoDb(uri: string, timeoutMs: number): Promise<string | undefined> {
  let hosts: { host: string; port: number }[];
  try {
    hosts = await mongoHosts(uri);
  } catch (error) {
    return `cannot look up ${databaseHost(uri)}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const problems = await Promise.all(hosts.map(({ host, port }) => canConnect(host, port, timeoutMs)));
  return problems.some((problem) => problem === undefined) ? undefined : problems.join('; ');
}
