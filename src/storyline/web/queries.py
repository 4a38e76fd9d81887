"""Queries the web page needs beyond :class:`storyline.store.Store`'s: events with a place
filter and an offset, the actor network (who acts on whom), the map of event places, and one
story with its articles and their quotes.

They read the item tables, which hold the corrected record (see ``storyline.corrections``).
"""

from __future__ import annotations

import json
from typing import Any

from storyline.store import Store, event_conditions


def events(store: Store, *, limit: int = 50, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
    """Events in event-date order, filtered by type, actor, country, place, date range, words.

    The page is chosen on the narrow events rows first and joined to its articles after: the
    article rows are wide (text and record), and touching all of them to sort is what costs.
    """
    where, params = event_conditions(**filters)
    order = "v.date IS NULL, v.date, v.article_id, v.id"
    sql = (
        "WITH page AS (SELECT v.rowid AS rid FROM events v"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order} LIMIT ? OFFSET ?) "
        "SELECT v.article_id, v.id, v.date, v.date_from, v.type, v.mode, v.cameo, "
        "v.source_names AS source, v.target_names AS target, v.source_countries, v.target_countries, "
        "v.trigger, v.trigger_start, v.trigger_end, v.sentence, v.place_name AS place, v.place_country, "
        "v.lat, v.lon, v.negated, v.hypothetical, v.reported_by, v.confidence, a.published, a.headline "
        "FROM page JOIN events v ON v.rowid = page.rid JOIN articles a ON a.id = v.article_id "
        f"ORDER BY {order}"
    )
    rows = store._rows(sql, [*params, limit, offset])
    for row in rows:
        row["negated"] = bool(row["negated"])
        row["hypothetical"] = bool(row["hypothetical"])
    return rows


def network(store: Store, *, limit: int = 200, **filters: Any) -> dict[str, Any]:
    """Who acts on whom: edges (source actor, target actor, event type, count), heaviest first,
    and the actors on them with how many events they take part in."""
    where, params = event_conditions(**filters)
    sql = (
        "SELECT s.name AS source, t.name AS target, v.type, count(*) AS count "
        "FROM events v "
        "JOIN event_actors s ON s.article_id = v.article_id AND s.event_id = v.id AND s.role = 'source' "
        "JOIN event_actors t ON t.article_id = v.article_id AND t.event_id = v.id AND t.role = 'target'"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " GROUP BY s.name, t.name, v.type ORDER BY count DESC, s.name, t.name, v.type LIMIT ?"
    )
    edges = store._rows(sql, [*params, limit])
    nodes: dict[str, int] = {}
    for e in edges:
        for name in (e["source"], e["target"]):
            nodes[name] = nodes.get(name, 0) + e["count"]
    return {
        "nodes": [{"name": n, "events": c} for n, c in sorted(nodes.items(), key=lambda x: (-x[1], x[0]))],
        "edges": edges,
    }


def event_places(store: Store, *, limit: int = 500, **filters: Any) -> list[dict[str, Any]]:
    """Places where events happened (those with coordinates), with event counts and types."""
    where, params = event_conditions(**filters)
    where.append("v.lat IS NOT NULL AND v.lon IS NOT NULL")
    sql = (
        "SELECT v.place_name AS name, v.place_country AS country, v.lat, v.lon, count(*) AS events, "
        "group_concat(DISTINCT v.type) AS types FROM events v WHERE "
        + " AND ".join(where)
        + " GROUP BY v.place_name, v.place_country, v.lat, v.lon ORDER BY events DESC, name LIMIT ?"
    )
    rows = store._rows(sql, [*params, limit])
    for row in rows:
        row["types"] = sorted((row["types"] or "").split(","))
    return rows


def story(store: Store, story_id: int, *, quotes: int = 200) -> dict[str, Any] | None:
    """One story as ``/api/stories`` gives it (span, ``dated_by``, types, key actors and
    places), with its articles (by publication date, each with its ``copies``: the other
    publishers that printed its text word for word) and up to ``quotes`` of their quotes with
    their speakers (in article order); None when there is no such story. Its canonical events
    are at ``/api/canonical-events?story=ID``."""
    rows = store._rows(f"{store._story_select()} WHERE s.id = ?", [story_id])
    if not rows:
        return None
    row = rows[0]
    for col in ("actors", "places"):
        if isinstance(row.get(col), str):
            row[col] = json.loads(row[col])
    store._story_details([row])  # its types, and its events with a mention not marked wrong
    row["article_list"] = store._rows(
        "SELECT a.id, a.published, a.publisher, a.headline, a.url, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
        "(SELECT count(*) FROM events v WHERE v.article_id = a.id) AS events "
        "FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? "
        "ORDER BY a.published IS NULL, a.published, a.id",
        [story_id],
    )
    copies = store.copy_refs(a["id"] for a in row["article_list"])
    for article in row["article_list"]:  # the other publishers that printed its text word for word
        article["copies"] = copies[article["id"]]
    row["quotes"] = store._rows(
        "SELECT q.article_id, q.id, q.text, q.kind, q.speaker_name AS speaker, q.speaker_text, "
        'q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end, q.start, q."end", q.date, '
        "a.published FROM story_articles sa JOIN quotes q ON q.article_id = sa.article_id "
        "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? "
        "ORDER BY a.published IS NULL, a.published, q.article_id, q.start LIMIT ?",
        [story_id, quotes],
    )
    return row


__all__ = ["event_places", "events", "network", "story"]
