#!/usr/bin/env python3
"""Validate conversation corpora (CI set and held-out set) against the expectation vocabulary.

usage: python3 check_conversations.py FILE.json [FILE.json ...]
Exit code 1 on any problem. Also checks that ids are unique across all files given
and that no user message is reused between files (held-out must be different).
"""
import json, sys, collections

LANGS = {"en", "id"}
CHANNELS_BOT = {"webchat", "msteams"}
ASKS = {"agents", "channels", "deployment", "volumes", "name", "email", "company", "phone",
        "time", "consent", "scenario_choice", "clarify", "none"}
CHANNELS = ["voice", "sms", "mms", "social", "email", "webchat"]
DEPLOYMENTS = {"cloud", "onPremises", "hybrid"}
INT_SLOTS = {"agents", "calls_month", "minutes_month", "sms_month", "mms_month", "social_month",
             "email_month", "chat_month", "egress_gb", "integrations", "years"}
BOOL_SLOTS = {"wfm", "ai"}
TOPICS = {"sms_price", "mms_price", "voice_price", "call_cost", "social_price", "whatsapp",
          "platform_price", "storage", "egress", "ai", "wfm", "integrations", "setup_costs",
          "hidden_costs", "staffing_costs", "turnover", "training", "continuity", "security",
          "uptime", "call_vs_contact_center", "onprem_pros", "onprem_cons", "cloud_pros",
          "cloud_cons", "hybrid_pros", "hybrid_cons", "which_deployment", "cost_saving",
          "biggest_cost", "how_estimate_works", "source", "currency", "other"}
ASPECTS = {"annual", "first_year", "per_agent", "line", "other_deployment", "breakdown",
           "assumptions", "drivers", "horizon_total"}
LEAD_KEYS = {"name", "email", "company", "phone", "time"}
KINDS = {"ack", "help", "cancelled", "started_over", "why", "privacy", "languages", "greeting",
         "out_of_scope", "not_included", "send_estimate"}
EXPECT_KEYS = {"asks", "estimate", "comparison", "answer", "estimate_answer", "staffing", "lead",
               "no_lead", "reply_lang", "kind", "not"}
NOT_PLAIN = {"estimate", "lead", "handoff", "comparison", "staffing", "answer", "estimate_answer"}
CONV_KEYS = {"id", "lang", "class", "channel", "turns"}


def check_not(item):
    if item in NOT_PLAIN:
        return True
    if ":" in item:
        k, v = item.split(":", 1)
        return (k == "asks" and v in ASKS) or (k == "kind" and v in KINDS) or \
               (k == "answer" and v in TOPICS) or (k == "estimate_answer" and v in ASPECTS)
    return False


def check_expect(e, where, errs):
    if not isinstance(e, dict):
        errs.append(f"{where}: expect is not an object"); return
    for k in e:
        if k not in EXPECT_KEYS:
            errs.append(f"{where}: unknown expect key {k!r}")
    if "asks" in e and e["asks"] not in ASKS:
        errs.append(f"{where}: bad asks {e['asks']!r}")
    if "estimate" in e:
        est = e["estimate"]
        if not isinstance(est, dict):
            errs.append(f"{where}: estimate must be an object")
        else:
            for k, v in est.items():
                if k == "channels":
                    if not (isinstance(v, list) and v and all(c in CHANNELS for c in v) and len(set(v)) == len(v)):
                        errs.append(f"{where}: bad channels {v!r}")
                    elif v != [c for c in CHANNELS if c in v]:
                        errs.append(f"{where}: channels not in canonical order {v!r}")
                elif k == "deployment":
                    if v not in DEPLOYMENTS: errs.append(f"{where}: bad deployment {v!r}")
                elif k in INT_SLOTS:
                    if not (isinstance(v, int) and not isinstance(v, bool) and v > 0):
                        errs.append(f"{where}: {k} must be a positive integer, got {v!r}")
                elif k in BOOL_SLOTS:
                    if not isinstance(v, bool): errs.append(f"{where}: {k} must be boolean")
                elif k == "tier":
                    if v not in {"basic", "standard", "premium"}: errs.append(f"{where}: bad tier {v!r}")
                else:
                    errs.append(f"{where}: unknown estimate key {k!r}")
    if "comparison" in e and e["comparison"] is not True:
        errs.append(f"{where}: comparison must be true")
    if "answer" in e and e["answer"] not in TOPICS:
        errs.append(f"{where}: unknown topic {e['answer']!r}")
    if "estimate_answer" in e and e["estimate_answer"] not in ASPECTS:
        errs.append(f"{where}: unknown aspect {e['estimate_answer']!r}")
    if "staffing" in e:
        s = e["staffing"]
        if not isinstance(s, dict) or set(s) - {"min", "max"}:
            errs.append(f"{where}: staffing must be {{}} or {{min,max}}")
        elif s and not (isinstance(s.get("min"), int) and isinstance(s.get("max"), int) and 0 < s["min"] <= s["max"]):
            errs.append(f"{where}: bad staffing range {s!r}")
    if "lead" in e:
        l = e["lead"]
        if not isinstance(l, dict) or set(l) - LEAD_KEYS or not all(isinstance(v, str) and v for v in l.values()):
            errs.append(f"{where}: bad lead {l!r}")
        if e.get("no_lead") or "lead" in e.get("not", []):
            errs.append(f"{where}: lead contradicts no_lead/not")
    if "no_lead" in e and e["no_lead"] is not True:
        errs.append(f"{where}: no_lead must be true")
    if "reply_lang" in e and e["reply_lang"] not in LANGS:
        errs.append(f"{where}: bad reply_lang")
    if "kind" in e and e["kind"] not in KINDS:
        errs.append(f"{where}: bad kind {e['kind']!r}")
    if "not" in e:
        n = e["not"]
        if not isinstance(n, list) or not n:
            errs.append(f"{where}: not must be a non-empty list")
        else:
            for item in n:
                if not (isinstance(item, str) and check_not(item)):
                    errs.append(f"{where}: bad not item {item!r}")
            if "estimate" in n and "estimate" in e: errs.append(f"{where}: estimate both expected and forbidden")
            if "asks" in e and f"asks:{e['asks']}" in n: errs.append(f"{where}: asks both expected and forbidden")
            if "kind" in e and f"kind:{e['kind']}" in n: errs.append(f"{where}: kind both expected and forbidden")
            if "comparison" in n and e.get("comparison"): errs.append(f"{where}: comparison both expected and forbidden")


def main(paths):
    errs, ids, texts_by_file, summary = [], {}, {}, {}
    for p in paths:
        try:
            data = json.load(open(p, encoding="utf-8"))
        except Exception as ex:
            errs.append(f"{p}: invalid JSON: {ex}"); continue
        if not isinstance(data, list):
            errs.append(f"{p}: top level must be an array"); continue
        texts = set()
        cnt = collections.Counter()
        for i, c in enumerate(data):
            w = f"{p}[{i}]"
            if not isinstance(c, dict): errs.append(f"{w}: not an object"); continue
            if set(c) != CONV_KEYS: errs.append(f"{w}: keys {sorted(c)} != {sorted(CONV_KEYS)}")
            cid = c.get("id"); w = f"{p}:{cid}"
            if not isinstance(cid, str) or not cid: errs.append(f"{w}: bad id")
            elif cid in ids: errs.append(f"{w}: duplicate id (also in {ids[cid]})")
            else: ids[cid] = p
            if c.get("lang") not in LANGS: errs.append(f"{w}: bad lang")
            if c.get("channel") not in CHANNELS_BOT: errs.append(f"{w}: bad channel")
            if not isinstance(c.get("class"), str) or not c["class"]: errs.append(f"{w}: bad class")
            turns = c.get("turns")
            if not isinstance(turns, list) or not (2 <= len(turns) <= 10):
                errs.append(f"{w}: needs 2-10 turns, has {len(turns) if isinstance(turns, list) else '?'}"); continue
            for j, t in enumerate(turns):
                tw = f"{w} turn {j + 1}"
                if not isinstance(t, dict) or set(t) != {"user", "expect"}:
                    errs.append(f"{tw}: turn must have exactly user and expect"); continue
                if not isinstance(t["user"], str) or not t["user"].strip():
                    errs.append(f"{tw}: empty user text")
                check_expect(t["expect"], tw, errs)
                texts.add(t["user"].strip().lower())
            cnt[(c.get("class"), c.get("lang"))] += 1
        texts_by_file[p] = texts
        summary[p] = (len(data), cnt)
    # held-out conversations must differ: whole conversations must not be shared
    if len(paths) > 1:
        sigs = {}
        for p in paths:
            for c in json.load(open(p, encoding="utf-8")):
                sig = tuple(t["user"].strip().lower() for t in c["turns"])
                if sig in sigs and sigs[sig] != p:
                    errs.append(f"{p}:{c['id']}: identical conversation also in {sigs[sig]}")
                sigs.setdefault(sig, p)
    for p, (n, cnt) in summary.items():
        print(f"{p}: {n} conversations")
        classes = sorted({k[0] for k in cnt})
        for cl in classes:
            print(f"  {cl:20s} en {cnt[(cl, 'en')]:3d}  id {cnt[(cl, 'id')]:3d}")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
