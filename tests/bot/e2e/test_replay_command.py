"""``fingertip replay``: a small corpus through the real bot, checked item by item."""

from __future__ import annotations

import json
from pathlib import Path

from sim.replay import run_replay

A, B, C = -1001000000801, -1001000000802, -1001000000803


def _line(ident: str, chat: int, minute: int, text: str, kind: str) -> str:
    return json.dumps(
        {
            "id": ident,
            "chat_id": chat,
            "chat": {A: "党政办群", B: "网格员群", C: "安全群"}[chat],
            "sender": "镇党政办-李主任",
            "sent_at": f"2026-11-16T09:{minute:02d}:00+08:00",
            "text": text,
            "kind": kind,
            "urgent": False,
            "due": None,
            "cluster": None,
        },
        ensure_ascii=False,
    )


def test_replay_writes_one_line_per_member_with_merged_items(tmp_path: Path) -> None:
    notice = "请各村于本周五前报送冬季森林防火巡查台账，联系人：张三 13812345678"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(
            [
                _line("m1", A, 1, notice, "report"),
                _line("m2", B, 5, "【转发】" + notice + " 请各村落实！", "report"),
                _line("m3", B, 6, "收到", "chatter"),
                _line("m4", C, 7, "明天上午10点在县应急局三楼会议室召开安全生产推进会", "meeting"),
                _line("m5", A, 8, "关于12月1日起调整冬季作息时间的通知", "notice"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    members = tmp_path / "members.json"
    members.write_text(json.dumps({"9001": [A, B], "9002": [C], "9003": []}), encoding="utf-8")
    out = tmp_path / "out"
    assert run_replay(corpus, members, out) == 0
    lines = [json.loads(line) for line in (out / "digests.jsonl").read_text().splitlines()]
    by_user = {line["user"]: line for line in lines}
    assert sorted(map(sorted, by_user[9001]["items"])) == [["m1", "m2"], ["m5"]]
    assert by_user[9002]["items"] == [["m4"]]
    assert by_user[9003]["items"] == []
    (digest,) = by_user[9001]["messages"]
    assert "2 个群" in digest and "<b>" in digest and "收到" not in digest
    assert by_user[9003]["messages"] == ["自上次摘要以来没有新的通知。"]
    assert (out / "fingertip.sqlite").exists()
