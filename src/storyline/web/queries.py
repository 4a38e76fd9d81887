"""Queries the web page needs beyond :class:`storyline.store.Store`'s: events with a place
filter and an offset, the actor network (who acts on whom) and the map of event places.

They read the item tables, which hold the corrected record (see ``storyline.corrections``).
"""

from __future__ import annotations

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


__all__ = ["event_places", "events", "network"]
