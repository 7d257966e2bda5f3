"""`heartspace coach analyze`: the text coach from a terminal. No Django needed at all.

    heartspace coach analyze --kind tension "You never listen to me"
    heartspace coach analyze --json "I feel lonely when..."
    heartspace coach analyze --jsonl < drafts.jsonl     # {"id", "text", "kind"} per line

Everything runs on this machine; nothing is sent anywhere.
"""

from __future__ import annotations

import json
import sys

from heartspace.cli_support import CLIError

MAX_LINE_CHARS = 1_000_000


def register(subparsers) -> None:
    coach = subparsers.add_parser("coach", help="private feedback on a draft (runs on this machine only)")
    actions = coach.add_subparsers(dest="coach_action", metavar="ACTION")
    analyze = actions.add_parser("analyze", help="analyse a text: tone, blame, feelings, template parts, safety",
                                 description="Analyse TEXT (or standard input) and print what the coach notices.")
    analyze.add_argument("text", nargs="?", metavar="TEXT", help="the draft; omit it to read standard input")
    analyze.add_argument("--kind", default="free", metavar="KIND",
                         help="free, i_feel, tension, appreciation, follow_up or story (default free)")
    analyze.add_argument("--limit", type=int, default=None, metavar="N", help="word limit (default: the kind's own)")
    output = analyze.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the result object as JSON")
    output.add_argument("--jsonl", action="store_true",
                        help='read JSON lines {"id", "text", "kind"} on standard input, write one result per line')
    analyze.set_defaults(func=cmd_analyze)
    coach.set_defaults(func=lambda args: coach.print_help() or 0)


def _check_kind(kind: str) -> str:
    from heartspace.coach import normalize_kind

    try:
        return normalize_kind(kind)
    except ValueError as exc:
        raise CLIError(str(exc), code=2) from None


def cmd_analyze(args) -> int:
    kind = _check_kind(args.kind)
    if args.limit is not None and args.limit < 0:
        raise CLIError("--limit must be 0 (no limit) or a positive number of words", code=2)
    if args.jsonl:
        if args.text:
            raise CLIError("--jsonl reads standard input; leave out TEXT", code=2)
        return _jsonl(sys.stdin, sys.stdout, kind, args.limit)
    text = args.text
    if text is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise CLIError("give the TEXT to analyse, or pipe it on standard input", code=2)
        text = sys.stdin.read()
    from heartspace.coach import analyze

    result = analyze(text, kind=kind, limit=args.limit)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(report(result))
    return 0


def _jsonl(stdin, stdout, default_kind: str, default_limit: int | None) -> int:
    from heartspace.coach import analyze

    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        answer = _analyze_line(line, number, default_kind, default_limit, analyze)
        stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def _analyze_line(line: str, number: int, default_kind: str, default_limit, analyze) -> dict:
    if len(line) > MAX_LINE_CHARS:
        return {"error": f"line {number}: longer than {MAX_LINE_CHARS} characters"}
    try:
        item = json.loads(line)
    except ValueError as exc:
        return {"error": f"line {number}: not valid JSON ({exc.msg})"}
    if not isinstance(item, dict):
        return {"error": f"line {number}: expected a JSON object with \"text\""}
    answer: dict = {}
    if "id" in item:
        answer["id"] = item["id"]
    text = item.get("text")
    if not isinstance(text, str):
        answer["error"] = f"line {number}: \"text\" must be a string"
        return answer
    try:
        kind = item.get("kind") or default_kind
        if not isinstance(kind, str):
            raise ValueError(f"\"kind\" must be a string, not {type(kind).__name__}")
        limit = item.get("limit", default_limit)
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
            raise ValueError("\"limit\" must be a whole number")
        answer.update(analyze(text, kind=kind, limit=limit))
    except ValueError as exc:
        answer["error"] = f"line {number}: {exc}"
    return answer


def _yes(value) -> str:
    return "yes" if value else "no"


def _spans(result: dict, name: str) -> str:
    spans = result.get("spans", {}).get(name) or []
    if not spans:
        return ""
    return "  " + ", ".join(f"“{span[2]}”" for span in spans[:4])


def _safety(result: dict) -> str:
    line = f"Safety: {_yes(result['safety'])}{_spans(result, 'safety')}"
    if result.get("safety_categories"):
        line += f" ({', '.join(result['safety_categories'])})"
    return line


def report(result: dict) -> str:
    """A readable report of one analysis."""
    lines = []
    kind = result["kind"]
    words = f"{result['word_count']} words" + (f" (limit {result['limit']})" if result["limit"] else "")
    lines.append(f"Kind: {kind} · {words}")
    if not result["analysed"]:
        lines.append("Not analysed: the coach reads English, Russian and Spanish "
                     f"(language looks like {result['language']}).")
        lines.append(_safety(result))
    else:
        if result["language"] not in ("en", "und"):
            lines.append(f"Language: {result['language']}")
        lines.append(f"Tone: {result['tone']} (valence {result['valence']:+.2f})")
        for name in ("blame", "contempt", "defensive"):
            lines.append(f"{name.capitalize()}: {_yes(result[name])}{_spans(result, name)}")
        lines.append(f"Feelings: {', '.join(result['feelings']) or '-'} · I-statement: {_yes(result['i_statement'])}")
        for faux in result["faux_feeling_suggestions"]:
            lines.append(f"Faux feeling: {faux['word']} -> try “{faux['suggested_feeling']}” "
                         f"(need: {faux['suggested_need']})")
        lines.append(f"Single issue: {_yes(result['single_issue'])} · Next step: {_yes(result['next_step'])}")
        if kind == "follow_up":
            lines.append(f"Highlight: {_yes(result['highlight'])} · Action: {_yes(result['action'])} · "
                         f"Question: {_yes(result['question'])}")
        if kind == "story":
            lines.append(f"One scene: {_yes(result['one_scene'])} · Takeaway: {_yes(result['takeaway'])}")
        lines.append(_safety(result))
    if result["suggestions"]:
        lines.append("Suggestions:")
        lines.extend(f"  - {s['message']}" for s in result["suggestions"])
    else:
        lines.append("Suggestions: none. It reads well.")
    return "\n".join(lines)
