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

__all__ = ["GIVEN_WAY", "GIVEN_WAY_NOW", "RESPONDING", "SHUT_IN"]

# Ground or water given way, told as it is found: a slope slid, a road or a bank caved in,
# water over a place ("那个坡 夜里溜下来了", "后门已淹", "水沟满溢"). Happening by itself
# (nobody writes of a slope that slid as a topic); a fallen tree, a bank fallen in or a
# street "flooded" still wants a word for now or a response beside it ("路塌咗一截 车子莫过",
# "大榕树倒了 大家别从那边走", "also flooded, pickup from the front gate only").
GIVEN_WAY_NOW = (
    r"坡[^,，。!！]{0,6}(?:溜|滑|垮)下来了|(?:已|全|都)淹|(?:水|沟|渠|河|塘)[^,，。!！\s]{0,3}满溢"
)
GIVEN_WAY = (
    GIVEN_WAY_NOW
    + r"|(?:路|坝|堤|墙|坎)[^,，。!！\s]{0,3}(?:塌|垮)(?:咗|了)|树[^,，。!！\s]{0,2}倒了|倒了一片树"
    + r"|\bflooded\b"
)
# A school or a building shut in, or someone last seen: "go to Hold & Secure now",
# "lockdown now", "Last seen on the north field at 3:00" (a lockdown drill is a topic).
SHUT_IN = r"\b(?:lockdown|hold (?:&|and) secure|shelter[- ]in[- ]place)\b|\blast seen\b"

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
