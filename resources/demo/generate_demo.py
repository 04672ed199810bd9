#!/usr/bin/python3
"""Deterministic generator for the Privacy Dashboard demo member (demo-member.json).

Standard library only; no wall-clock use. Every random draw comes from one
random.Random(20240918) consumed in a fixed order, so two runs give
byte-identical output.

Usage: ./generate_demo.py [OUTPUT]   (default: demo-member.json next to this script)
"""

import datetime as dt
import json
import math
import os
import random
import sys

SEED = 20240918
START = dt.date(2019, 3, 14)   # joined
END = dt.date(2026, 11, 15)    # last day with activity (inclusive)

MEMBER = {
    "id": "demo-member-0001",
    "name": "Alex Morgan",
    "email": "alex.morgan@example.org",
    "region": "US",
    "joined": START.isoformat(),
    "headline": "Product designer",
}

OPT_OUT_HISTORY = [
    {"at": "2024-10-02T08:15:00Z", "optedOut": True, "channel": "web",
     "confirmationId": "demo-conf-7f3a91"},
]

JOB_SEARCH = (dt.date(2022, 2, 1), dt.date(2022, 5, 31))
NEW_JOB = dt.date(2022, 6, 6)
PREMIUM = (dt.date(2022, 1, 1), dt.date(2023, 12, 31))
GAI_FROM = dt.date(2023, 11, 1)
LEARNING_PERIODS = [
    (dt.date(2020, 4, 1), dt.date(2020, 9, 30)),    # lockdown upskilling
    (dt.date(2022, 1, 15), dt.date(2022, 5, 31)),   # preparing for the job search
    (dt.date(2024, 2, 1), dt.date(2024, 6, 30)),    # AI-for-designers courses
    (dt.date(2026, 1, 10), dt.date(2026, 4, 30)),
]

rng = random.Random(SEED)


# ----------------------------------------------------------------- helpers
def days():
    d = START
    while d <= END:
        yield d
        d += dt.timedelta(days=1)


def poisson(lam):
    """Knuth's method; uses only rng.random() (stable across Python versions)."""
    if lam <= 0:
        return 0
    limit = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def chance(p):
    return rng.random() < p


def uniform_int(lo, hi):
    """Integer in [lo, hi] from rng.random()."""
    return lo + int(rng.random() * (hi - lo + 1))


def in_range(d, rng_pair):
    return rng_pair[0] <= d <= rng_pair[1]


def weekend(d):
    return d.weekday() >= 5


def holidays(d):
    """Late-December / New-Year break."""
    return (d.month == 12 and d.day >= 22) or (d.month == 1 and d.day <= 2)


def summer(d):
    return d.month in (7, 8)


def years_in(d):
    return (d - START).days / 365.25


def job_search(d):
    return in_range(d, JOB_SEARCH)


def rhythm(d, weekend_factor=0.5, holiday_factor=0.2, summer_factor=1.0):
    f = 1.0
    if weekend(d):
        f *= weekend_factor
    if holidays(d):
        f *= holiday_factor
    if summer(d):
        f *= summer_factor
    return f


def put(daily, d, n):
    if n > 0:
        key = d.isoformat()
        daily[key] = daily.get(key, 0) + n


def ensure(daily, iso, minimum=1):
    if daily.get(iso, 0) < minimum:
        daily[iso] = minimum


# --------------------------------------------------------------- categories
def gen_login_activity():
    daily = {}
    for d in days():
        if holidays(d):
            p = 0.12
        elif weekend(d):
            p = 0.30
        else:
            p = 0.86
        if job_search(d):
            p = min(0.98, p + 0.25)
        if chance(p):
            put(daily, d, 1 + poisson(1.2 if job_search(d) else 0.5))
    return 0, daily


def gen_login_credentials():
    daily = {}
    for d in days():
        if chance(5 / 365):           # a handful of security challenges a year
            put(daily, d, 1)
    return 0, daily


def gen_posts():
    daily = {}
    for d in days():
        if d < START + dt.timedelta(days=6):
            continue
        per_week = 0.9 + 0.2 * years_in(d)    # ~1/week in 2019 -> ~2/week in 2026
        lam = per_week / 7 * rhythm(d, 0.45, 0.2, 0.45) * 1.15
        if job_search(d):
            lam *= 1.4
        put(daily, d, poisson(lam))
    # dates the DESIGN §3 worked example and boundary tests reason about
    for iso in ("2023-05-16", "2024-09-18", "2024-09-20", "2024-10-01",
                "2024-10-03", "2024-11-12"):
        ensure(daily, iso)
    return 0, daily


def gen_articles():
    daily = {}
    for d in days():
        if chance(3 / 365 * (1.5 if job_search(d) else 1.0)):
            put(daily, d, 1)
    return 0, daily


def gen_comments():
    daily = {}
    for d in days():
        per_week = 3.0 + 0.3 * years_in(d)
        lam = per_week / 7 * rhythm(d, 0.5, 0.25, 0.7) * 1.1
        put(daily, d, poisson(lam))
    for iso in ("2024-09-17", "2024-09-18", "2024-10-01", "2024-10-02", "2024-10-03"):
        ensure(daily, iso)
    return 0, daily


def gen_reactions():
    daily = {}
    for d in days():
        per_week = 7.0 + 0.8 * years_in(d)
        lam = per_week / 7 * rhythm(d, 0.55, 0.3, 0.8) * 1.1
        put(daily, d, poisson(lam))
    return 0, daily


def gen_poll_votes():
    daily = {}
    for d in days():
        if chance(1 / 40):
            put(daily, d, 1)
    return 0, daily


def gen_gai_prompts():
    daily = {}
    for d in days():
        if d < GAI_FROM:
            continue
        months = (d.year - GAI_FROM.year) * 12 + d.month - GAI_FROM.month
        p = min(0.22, 0.05 + 0.006 * months) * rhythm(d, 0.4, 0.3)
        if chance(p):                  # a session of a few prompts
            put(daily, d, 1 + poisson(3.0))
    return 0, daily


def gen_job_answers():
    daily = {}
    for d in days():
        if job_search(d):
            if chance(0.30 * rhythm(d, 0.3, 1.0)):
                put(daily, d, 1 + poisson(1.5))
        elif chance(1 / 200):          # occasional answer saved while browsing jobs
            put(daily, d, 1)
    return 0, daily


def gen_messages():
    daily = {}
    burst_left = 0
    burst_lam = 0.0
    for d in days():
        if burst_left == 0 and chance(0.10 if job_search(d) else 0.045):
            burst_left = uniform_int(2, 6)
            burst_lam = 4.0 + 6.0 * rng.random()
        if burst_left > 0:
            lam = burst_lam * rhythm(d, 0.4, 0.5)
            burst_left -= 1
        else:
            lam = 0.55 * rhythm(d, 0.3, 0.3)
        if job_search(d):
            lam += 1.5 * rhythm(d, 0.3, 1.0)
        put(daily, d, min(15, poisson(lam)))
    return 0, daily


def gen_payments():
    daily = {}
    y, m = PREMIUM[0].year, PREMIUM[0].month
    while dt.date(y, m, 1) <= PREMIUM[1]:
        put(daily, dt.date(y, m, 7), 1)   # Premium renews on the 7th
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return 0, daily


def gen_job_applications():
    daily = {}
    for d in days():
        if job_search(d):
            lam = 1.4 * rhythm(d, 0.25, 1.0)
            if chance(0.08):            # spike days: a batch of applications
                lam += 5.0
            put(daily, d, poisson(lam))
        elif d.year == 2019 and d.month in (4, 5) and chance(0.04):
            put(daily, d, 1)            # a few early curious applications
    return 0, daily


def gen_search_queries():
    daily = {}
    for d in days():
        if job_search(d):
            lam = 6.0 * rhythm(d, 0.4, 1.0)
        else:
            lam = 0.35 * rhythm(d, 0.4, 0.3)
        put(daily, d, poisson(lam))
    return 0, daily


def gen_connections():
    daily = {}
    for d in days():
        t = years_in(d)
        lam = 0.3 + 3.2 * math.exp(-t / 0.25) + 0.6 * math.exp(-t / 0.8)
        if job_search(d):
            lam += 0.8
        if d == START:
            lam = 12.0                  # imported address book on day one
        put(daily, d, poisson(lam * rhythm(d, 0.5, 0.4)))
    return 0, daily


def gen_follows():
    daily = {}
    for d in days():
        p = 0.35 if (d - START).days < 14 else 0.04
        if chance(p):
            put(daily, d, 1 + poisson(0.4))
    return 0, daily


def gen_saved_items():
    daily = {}
    for d in days():
        p = 0.05 * (3.0 if job_search(d) else 1.0)
        if chance(p):
            put(daily, d, 1)
    return 0, daily


def gen_events():
    daily = {}
    for d in days():
        if chance(4 / 365 * (0.3 if summer(d) else 1.0)):
            put(daily, d, 1)
    return 0, daily


def gen_learning():
    daily = {}
    for d in days():
        if any(in_range(d, p) for p in LEARNING_PERIODS):
            if chance(4 / 30):
                put(daily, d, 1)
        elif chance(1 / 180):
            put(daily, d, 1)
    return 0, daily


def gen_profile():
    # undated: skills (14), endorsements received (5), education (2),
    # summary and location fields (2)
    undated = 23
    daily = {}
    put(daily, START, 3)                              # name, photo, first position
    put(daily, dt.date(2019, 3, 16), 1)               # education added
    put(daily, dt.date(2020, 10, 5), 1)               # certification
    put(daily, dt.date(2021, 4, 19), 1)               # volunteering
    put(daily, dt.date(2022, 2, 3), 2)                # headline + "open to work"
    put(daily, NEW_JOB, 2)                            # new position, old one ended
    put(daily, dt.date(2023, 5, 22), 1)               # recommendation received
    put(daily, dt.date(2024, 7, 8), 1)                # certification
    put(daily, dt.date(2025, 3, 3), 1)                # promotion (position)
    # a few extra random edits (location, photo, summary) ~1/year
    for d in days():
        if chance(1 / 365):
            put(daily, d, 1)
    return undated, daily


GENERATORS = [
    ("profile", gen_profile),
    ("posts", gen_posts),
    ("articles", gen_articles),
    ("comments", gen_comments),
    ("reactions", gen_reactions),
    ("poll-votes", gen_poll_votes),
    ("login-activity", gen_login_activity),
    ("gai-prompts", gen_gai_prompts),
    ("job-answers", gen_job_answers),
    ("messages", gen_messages),
    ("login-credentials", gen_login_credentials),
    ("payments", gen_payments),
    ("job-applications", gen_job_applications),
    ("search-queries", gen_search_queries),
    ("connections", gen_connections),
    ("follows", gen_follows),
    ("saved-items", gen_saved_items),
    ("events", gen_events),
    ("learning", gen_learning),
]


def build():
    activity = {}
    for cat, fn in GENERATORS:      # fixed order: fixed consumption of rng
        undated, daily = fn()
        assert all(START.isoformat() <= k <= END.isoformat() and v > 0
                   for k, v in daily.items()), cat
        activity[cat] = {"undated": undated,
                         "daily": {k: daily[k] for k in sorted(daily)}}
    return {
        "format": 1,
        "member": MEMBER,
        "policy": "linkedin",
        "optOutHistory": OPT_OUT_HISTORY,
        "activity": activity,
    }


def render(doc):
    """indent=1 with sorted keys, but each activity category on one compact line."""
    shell = dict(doc)
    shell["activity"] = {cat: "@@%s@@" % cat for cat in doc["activity"]}
    text = json.dumps(shell, indent=1, sort_keys=True, ensure_ascii=True)
    for cat, body in doc["activity"].items():
        compact = json.dumps(body, sort_keys=True, separators=(",", ":"))
        text = text.replace(json.dumps("@@%s@@" % cat), compact, 1)
    assert json.loads(text) == doc
    return text + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "demo-member.json")
    doc = build()
    text = render(doc)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

    print("%-18s %7s %6s %-10s %-10s %7s" % ("category", "dated", "days", "first", "last", "undated"))
    for cat in sorted(doc["activity"]):
        body = doc["activity"][cat]
        keys = list(body["daily"])
        print("%-18s %7d %6d %-10s %-10s %7d" % (
            cat, sum(body["daily"].values()), len(keys),
            keys[0] if keys else "-", keys[-1] if keys else "-", body["undated"]))
    print("wrote %s (%d bytes)" % (out, len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
