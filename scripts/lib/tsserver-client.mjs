// A small client for tsserver's JSON protocol, for tests and the demo: spawns the real `tsserver.js` of a
// TypeScript install, sends requests on stdin and reads `Content-Length`-framed answers from stdout.
import { spawn } from 'node:child_process';

/** 1-based line and offset of `needle` (plus `delta` characters) in `text`, as tsserver counts them. */
export function locate(text, needle, { occurrence = 1, delta = 0 } = {}) {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`locate: "${needle}" (occurrence ${occurrence}) is not in the text`);
  }
  const position = index + delta;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const offset = position - before.lastIndexOf('\n');
  return { line, offset };
}

export class TsServerClient {
  /**
   * @param {object} options
   * @param {string} options.tsserver path of `lib/tsserver.js`
   * @param {string} [options.cwd]
   * @param {string} [options.logFile] tsserver's own log (verbose) goes there
   * @param {string[]} [options.args] more command-line arguments (`--globalPlugins`, …)
   */
  static start({ tsserver, cwd = process.cwd(), logFile, args = [] }) {
    const argv = [tsserver, '--disableAutomaticTypingAcquisition', '--locale', 'en', ...args];
    if (logFile) argv.push('--logVerbosity', 'verbose', '--logFile', logFile);
    const child = spawn(process.execPath, argv, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    return new TsServerClient(child);
  }

  constructor(child) {
    this.child = child;
    this.seq = 0;
    this.pending = new Map();
    this.events = [];
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.stdout.on('data', (chunk) => this.#receive(chunk));
    child.stderr.on('data', (chunk) => (this.stderr += chunk.toString()));
    this.exited.then(({ code, signal }) => {
      for (const { reject } of this.pending.values()) {
        reject(new Error(`tsserver exited (code ${code}, signal ${signal}) ${this.stderr}`));
      }
      this.pending.clear();
    });
  }

  #receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const match = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!match) throw new Error(`tsserver: unexpected output ${this.buffer.toString()}`);
      const length = Number(match[1]);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8'));
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.#dispatch(message);
    }
  }

  #dispatch(message) {
    if (message.type === 'event') {
      this.events.push(message);
      return;
    }
    if (message.type !== 'response') return;
    const waiting = this.pending.get(message.request_seq);
    if (!waiting) return;
    this.pending.delete(message.request_seq);
    if (message.success) waiting.resolve(message);
    else waiting.reject(new Error(`tsserver ${message.command} failed: ${message.message}`));
  }

  #write(command, args) {
    const seq = ++this.seq;
    this.child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    return seq;
  }

  /** A command tsserver answers nothing to (`open`, `close`, `change`, `configurePlugin` answers, but fast). */
  notify(command, args) {
    this.#write(command, args);
  }

  /** Sends a request and resolves with its response (rejects on `success: false` or after `timeout` ms). */
  request(command, args, { timeout = 60_000 } = {}) {
    return new Promise((resolve, reject) => {
      const seq = this.#write(command, args);
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error(`tsserver ${command} timed out after ${timeout} ms`));
      }, timeout);
      this.pending.set(seq, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
    });
  }

  /** Opens a file as an editor does (its text from disk unless `content` is given). */
  open(file, { content, scriptKindName, projectRootPath } = {}) {
    this.notify('open', { file, fileContent: content, scriptKindName, projectRootPath });
  }

  quickInfo(file, { line, offset }) {
    return this.request('quickinfo', { file, line, offset }).then((response) => response.body);
  }

  completionInfo(file, { line, offset }, prefix) {
    return this.request('completionInfo', { file, line, offset, prefix }).then((response) => response.body);
  }

  completionEntryDetails(file, { line, offset }, entryNames) {
    return this.request('completionEntryDetails', { file, line, offset, entryNames }).then((response) => response.body);
  }

  applicableRefactors(file, { line, offset }) {
    return this.request('getApplicableRefactors', { file, line, offset }).then((response) => response.body);
  }

  editsForRefactor(file, { line, offset }, refactor, action) {
    return this.request('getEditsForRefactor', { file, line, offset, refactor, action }).then((response) => response.body);
  }

  /** Asks tsserver to exit and waits for it (kills it when it does not). */
  async close() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      this.notify('exit', {});
    } catch {
      // stdin already closed
    }
    const timer = setTimeout(() => this.child.kill(), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}
