"""A call-out told as a scene, read by :mod:`nlp.urgency`.

Someone reporting a hazard as it happens seldom puts a word for "now" beside it.
They name the hazard in one clause and, a few clauses on, say what is being done
about it: people already up there, a crew on its way, the place taped off, a road
shut, someone being taken to the clinic ("后山起火 面积不大 村里已经上去十几个人了
护林员在现场", "路面塌陷 一米多 已围挡 市政在路上", "两口子一氧化碳中毒 意识不清 村里车
正往卫生院送", "Main break at Elm St, North crew rolling now"). That response,
anywhere in the message, says the hazard is under way. A response over ("已扑灭",
"all clear", "cleaned up") is one of the hazard topics and still rules it out.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = ["RESPONDING"]

# A response under way at the scene, told by someone there: people up there or on
# the way, the place cordoned off or the road shut, someone being taken to care, the
# fire crew called out. Not "赶到" of a meeting, nor "on my way" after the event ("all
# back now") which the hazard topics catch.
RESPONDING = led(
    r"在现场|到现场|赶往现场|已经上去|(?:人|们)?都?上去了|正往[^,，。!！\s]{0,8}(?:赶|送|跑|撤)"
    r"|往[^,，。!！\s]{0,6}(?:医院|卫生院)送|(?<![不别])在路上|已(?:经)?(?:围挡|围起来|拉(?:了|上)?警戒)"
    r"|拉(?:了|上)?警戒线|封路了|已封路|扑火队|消防车|(?:在|正在)(?:端水|扑|抢修|疏散|转移|撤)"
    r"|\b(?:on (?:scene|the scene)|(?:is|are|now|already|crews?|team|engineers?|technicians?)"
    r" on site|crews? (?:rolling|attending|responding)|rolling now"
    r"|taped (?:it )?off|cordon(?:ed)? (?:it )?off|road(?:s)? (?:is |are )?closed"
    r"|(?:is|are) being evacuated|evacuating)\b"
)
