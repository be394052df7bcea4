"""Generated, realistic work-group notices for benchmarks (never for training).

Templates with varied slots (villages, dates, times, figures, departments),
20-500 characters, with a share of copies (relay prefixes, trims, mentions)
so duplicate matching does real work.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

__all__ = ["notices"]

VILLAGES = [
    "东山村",
    "西岭村",
    "南坪村",
    "北沟村",
    "李庄村",
    "王家村",
    "青石社区",
    "河湾村",
    "柳树村",
    "杨集村",
    "石桥村",
    "红旗社区",
]
DEPTS = ["县民政局", "县应急局", "镇党政办", "县农业农村局", "镇综治办", "县卫健委", "县教育局"]
TOPICS = [
    "秸秆禁烧",
    "森林防火",
    "冬季用电安全",
    "独居老人走访",
    "低保复核",
    "防汛物资",
    "安全生产大检查",
    "人居环境整治",
    "疫苗接种",
    "耕地保护",
    "消防隐患排查",
    "困难群众救助",
]
TEMPLATES = [
    "{dept}通知：请{village}于{month}月{day}日前报送{topic}工作台账，联系人：{name} 138{phone}",
    "定于{month}月{day}日{ampm}{hour}点在镇政府{floor}楼会议室召开{topic}工作推进会，请{village}书记准时参加。",
    "请各网格员今天下班前完成辖区{topic}情况摸排，发现问题立即整改，{count}户以上的村要形成书面报告。",
    "关于开展{topic}专项行动的通知：即日起至{month}月{day}日，各村要对辖区开展全面排查，"
    "建立问题清单和整改台账，每周五报送进展。对工作不力的单位将予以通报。",
    "请全体干部在学习强国完成本周{topic}专题答题，积分不低于{count}分，截图发群里。",
    "【{dept}】{topic}政策解读：为进一步做好{topic}工作，根据上级文件精神，现将有关事项通知如下："
    "一、提高认识，加强领导；二、突出重点，精准施策；三、强化督导，确保实效。请各村认真学习。",
]
PREFIXES = ["【转发】", "转：", "@所有人 ", "FW: ", "", "", ""]
SUFFIXES = [" 请各村落实！", " 收到请回复", "", "", ""]


def _fill(rng: random.Random) -> str:
    template = rng.choice(TEMPLATES)
    return template.format(
        dept=rng.choice(DEPTS),
        village=rng.choice(VILLAGES),
        topic=rng.choice(TOPICS),
        month=rng.randint(1, 12),
        day=rng.randint(1, 28),
        ampm=rng.choice(["上午", "下午"]),
        hour=rng.randint(1, 11),
        floor=rng.choice(["二", "三", "五"]),
        name=rng.choice(["张三", "李四", "王五", "赵六"]),
        phone=rng.randint(10_000_000, 99_999_999),
        count=rng.randint(2, 300),
    )


def notices(count: int, *, seed: int = 7, copy_share: float = 0.2) -> Iterator[str]:
    """``count`` notice texts; about ``copy_share`` of them copies of a recent one."""
    rng = random.Random(seed)
    recent: list[str] = []
    for _ in range(count):
        if recent and rng.random() < copy_share:
            base = rng.choice(recent)
            if rng.random() < 0.3:
                base = base[: max(20, int(len(base) * rng.uniform(0.7, 0.95)))]
            yield rng.choice(PREFIXES) + base + rng.choice(SUFFIXES)
            continue
        text = _fill(rng)
        recent.append(text)
        if len(recent) > 500:
            recent.pop(0)
        yield text
