"""``python -m sim.fakegram --port 8081``: serve the fake until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from sim.fakegram import FakeTelegram


async def _serve(port: int, token: str) -> None:
    fake = FakeTelegram(port=port, token=token)
    await fake.start()
    print(f"Bot API: {fake.base_url}  (token {token})\ncontrol: {fake.control_url}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m sim.fakegram")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default="123456:TEST-TOKEN")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.token))


if __name__ == "__main__":
    main()
