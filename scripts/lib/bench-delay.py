#!/usr/bin/python3
"""A userspace stand-in for netem, used by scripts/bench (W4) when the kernel has no netem
qdisc: a TCP relay that holds every chunk it reads for a fixed delay before passing it on, in
each direction. Chunks are time-stamped on arrival and released in order when their time is
due, so pipelined data is delayed once, not once per queued chunk (latency, no bandwidth cap).

    bench-delay.py <listen port file> <target host> <target port> <one-way delay ms>

Prints nothing; writes the port it listens on (127.0.0.1) into <listen port file>."""
import asyncio
import sys
import time


async def pipe(reader, writer, delay):
    queue = asyncio.Queue()

    async def release():
        while True:
            due, chunk = await queue.get()
            if chunk is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(chunk)
            await writer.drain()
        writer.close()

    releaser = asyncio.ensure_future(release())
    try:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            queue.put_nowait((time.monotonic() + delay, chunk))
    except (ConnectionError, OSError):
        pass
    queue.put_nowait((0, None))
    try:
        await releaser
    except (ConnectionError, OSError):
        pass


async def main():
    port_file, host, port, delay_ms = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    delay = delay_ms / 1000.0

    async def accepted(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer, delay),
                             pipe(server_reader, client_writer, delay))

    server = await asyncio.start_server(accepted, "127.0.0.1", 0)
    with open(port_file + ".tmp", "w") as out:
        out.write(str(server.sockets[0].getsockname()[1]))
    import os
    os.rename(port_file + ".tmp", port_file)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
