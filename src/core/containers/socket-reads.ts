// The engine proxy's byte path: sockets that read into one reused buffer (no buffer allocated per read) and stop reading while what was passed on from it is still being written.
import { connect, Socket, type NetConnectOpts, type SocketConstructorOpts } from 'node:net';

/**
 * Big enough to take a unix socket's whole queue (about 208 KiB by default) in one read; two per
 * proxied connection. Node's own reads are 64 KiB into a fresh buffer each: on a copy or an
 * attach stream through the proxy they cost about four times the CPU per MB.
 */
export const READ_BUFFER_BYTES = 256 * 1024;

/**
 * Reads that land in one buffer and go straight to `onData`, which passes them on with
 * `forward`. A write the kernel does not take at once still points into the buffer, so reading
 * stops until every write made from it is done; the next read cannot overwrite unsent bytes.
 * The writes' own callbacks say when: nothing extra is written to find out (an empty write
 * costs a system call and a pass through the stream per stop). `onData` must copy whatever it
 * keeps past its return.
 */
export class ReusedBufferReads {
  readonly onread: { buffer: Buffer; callback: (n: number, buffer: Buffer) => boolean };
  #reader: Socket | undefined;
  #to: Socket | undefined;
  #writes = 0;
  #written = 0;
  #stopped = false;
  /** Reading is held by `hold` until `release`. */
  #held = false;
  #drained: (() => void) | undefined;
  readonly #onWritten = () => {
    // Callbacks come in the order of the writes: the last one means all are done.
    if (++this.#written !== this.#writes) return;
    if (this.#stopped) {
      this.#stopped = false;
      if (!this.#held) this.#reader?.resume();
    }
    const drained = this.#drained;
    this.#drained = undefined;
    drained?.();
  };

  constructor(onData: (data: Buffer) => void) {
    this.onread = {
      buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
      callback: (n, buffer) => {
        onData(buffer.subarray(0, n));
        return this.#settled() && !this.#held;
      },
    };
  }

  /** The socket read from and the socket written to; reads before this are not expected. */
  bind(reader: Socket, to: Socket): void {
    this.#reader = reader;
    this.#to = to;
  }

  /** Writes bytes from a read (or any bytes) to the other socket. */
  forward(data: Buffer): void {
    if (data.length === 0) return;
    this.#writes++;
    this.#to!.write(data, this.#onWritten);
  }

  /**
   * Stops reading until `release` (from the next read on, when called during one); `drained`
   * runs once every write made so far is done — from then on the other socket has no write of
   * ours pending, and this one is not read.
   */
  hold(drained: () => void): void {
    this.#held = true;
    this.#reader?.pause();
    if (this.#written === this.#writes) drained();
    else this.#drained = drained;
  }

  /** Reads again after `hold` (once pending writes are done, if any are). */
  release(): void {
    this.#held = false;
    this.#drained = undefined;
    if (!this.#stopped) this.#reader?.resume();
  }

  /** For a socket read the default way (`on('data')`): the same pause until written. */
  afterDataEvent(): void {
    if (!this.#settled() || this.#held) this.#reader?.pause();
  }

  /**
   * After a read: go on unless a write is still pending. Node writes what the kernel takes at
   * once before `write` returns (its callback comes later): a pending write leaves bytes counted
   * in `writableLength` (bytes written there other than through `forward` never hold a read).
   */
  #settled(): boolean {
    if (!this.#to || this.#to.writableLength === 0 || this.#written === this.#writes) return true;
    this.#stopped = true;
    return false;
  }
}

/** An outgoing connection that reads into `reads`' buffer (`onread` is Node's public option for it). */
export function connectReusing(target: NetConnectOpts, reads: ReusedBufferReads): Socket {
  return connect({ ...target, allowHalfOpen: true, onread: reads.onread } as NetConnectOpts);
}

type HandleHolder = { _handle?: { useUserBuffer?: unknown; readStart?: unknown } | null };

/**
 * Node's server gives no `onread` for the sockets it accepts: this takes over the handle of a
 * connection accepted with `pauseOnConnect` (so nothing was read yet) and wraps it in a socket
 * that reads into `reads`' buffer, as Node itself wraps handles passed between processes. Where
 * the handle cannot be taken over (`undefined`), the caller reads the accepted socket as it is.
 */
export function adoptAccepted(accepted: Socket, reads: ReusedBufferReads): Socket | undefined {
  const holder = accepted as unknown as HandleHolder;
  const handle = holder._handle;
  if (
    !handle ||
    typeof handle.useUserBuffer !== 'function' ||
    typeof handle.readStart !== 'function'
  )
    return undefined;
  holder._handle = null;
  const socket = new Socket({
    handle,
    allowHalfOpen: true,
    readable: true,
    writable: true,
    onread: reads.onread,
  } as SocketConstructorOpts);
  // The emptied socket only counts the connection on the server: closing it lets `close()` finish.
  accepted.destroy();
  return socket;
}
