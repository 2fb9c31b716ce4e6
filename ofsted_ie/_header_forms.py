"""Forms at the top of a page that the dateline reader reads past: a site's menu items,
a form's label before "published:", a press release's place or a byline before the date
on a long line, a committee page's meeting line, a report's line of its inspection's
dates, a page's update label, and the text's own statement of its publication."""

from __future__ import annotations

from typing import Final

from ._timed import timed

#: A site's menu item above the headline ("Home", "News", "Contact us"): a line of one to
#: three words with no digit and no closing stop. Such lines do not use up the header.
MENU_ITEM: Final = timed(r"[ \t]*[^\W\d][^\d\n.!?:]{0,30}?[ \t]*")
#: A form's label before "published:", capitalised, wherever the line runs on (a report's
#: front page extracted as one line): "... Report published: 5 March 2019 ...".
LABEL_BEFORE: Final = timed(r"(?<![\w-])\p{Lu}\p{Ll}+\ $")
#: A press release's place before its dateline, opening the first paragraph ("MAIDSTONE,
#: 5 March 2019 - Kent County Council ...", "London, 5 March 2019:"), or a byline before
#: it on a long line ("By Jo Bell Tuesday 5 March 2019 12:00 Share this story on ...").
PLACE_BEFORE: Final = timed(r"[ \t]*(?:\p{Lu}[\p{L}'-]{1,20}(?:\ \p{Lu}[\p{L}'-]{1,20}){0,2},"
                            r"|By\ \p{Lu}[\p{L}'-]+(?:\ \p{Lu}[\p{L}'-]+){1,2},?)\ ")
#: A committee page's line naming its meeting, the date anywhere in it, however long the
#: body's name: "- Meeting of the Scrutiny Panel, Monday 13th October 2025 9.30 am (Item 4.)".
MEETING_LINE: Final = timed(r"[ \t*\u2022-]*(?i:meeting)(?:\ of\b|:)")
#: A report's line of the dates of its inspection, no publication date: "Inspection
#: dates: 14 to 18 March 2022", "Dates of visit: 5 June 2019".
EVENT_DATES: Final = timed(
    r"[ \t|]*(?i:(?:(?:joint\ targeted\ area\ |monitoring\ |focused\ )?(?:inspection|visit|fieldwork)\ (?:dates?|period)"
    r"|dates?\ of\ (?:the\ )?(?:inspection|visit|fieldwork))\b)"
)
#: The text saying when it itself was published: "This article was first published on".
OWN_PUBLICATION: Final = timed(
    r"(?i:\b(?:this|the)\ (?:article|story|post|piece|(?:press|news)\ release|page)\ (?:was|is)\ (?:first\ |originally\ )?)$"
)
#: A label of a page's update right before a date: "Updated", "Last modified:".
UPDATE_LABEL: Final = timed(r"(?i:\b(?:updated|modified|amended|edited)\b[^\w\n]{0,3}(?:on\ )?)$")

__all__ = ["EVENT_DATES", "LABEL_BEFORE", "MEETING_LINE", "MENU_ITEM", "OWN_PUBLICATION", "PLACE_BEFORE", "UPDATE_LABEL"]
