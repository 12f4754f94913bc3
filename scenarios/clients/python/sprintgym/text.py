"""Text episodes for language-model policies, and the JSONL that TRL trainers read.

A "model" is any function (prompt) -> completion. Each turn's prompt is the seat's system prompt
followed by the observation as text; the completion names an action (grammar: GET
/v1/envs/{id}/prompt, "rules"). A completion the server refuses (HTTP 400: no action named, or a
masked one) is recorded with `invalid_reward` and the model is asked again, up to `max_invalid`
times per episode, after which the episode is abandoned. On an env created with an
invalid_action_penalty the server does not refuse such a completion but answers a step that
changes nothing (info["invalid_action"]): it is recorded the same way, with the server's reward
(-penalty), and the episode ends when the server truncates it.

Rows are {"prompt", "completion", "reward"} plus "episode", "seed", "type", "turn", "valid":
TRL's prompt-completion format (datasets.load_dataset("json", data_files=PATH)); "reward" is the
return from that turn on (SprintGym pays at the end of an episode, so every valid turn of an
episode shares its final reward), and TRL passes extra columns such as it to reward functions.
"""
import json
import os
import stat
import tempfile

from .client import ServerError

__all__ = ["play_text_episode", "write_jsonl", "format_prompt"]


def format_prompt(system_prompt, observation_text):
    return system_prompt + "\nSituation:\n" + observation_text + "\nYour answer:"


def play_text_episode(env, model, seed, episode=0, invalid_reward=-0.1, max_invalid=8):
    """Plays one episode of a RemoteEnv created with observation_mode "text" or "both"; returns
    its rows (see the module comment)."""
    obs, info = env.reset(seed=seed)
    system = env.prompt()["prompt"]
    kind = info.get("type")
    rows, rewards, invalid = [], [], 0
    turn = 0
    while True:
        prompt = format_prompt(system, info["text"])
        completion = model(prompt)
        row = {"prompt": prompt, "completion": completion, "episode": episode, "seed": seed,
               "type": kind, "turn": turn}
        turn += 1
        try:
            obs, reward, terminated, truncated, step_info = env.step(completion)
        except ServerError as e:
            if e.status != 400:
                raise
            invalid += 1
            row.update(valid=False, reward=float(invalid_reward), error=e.message)
            rows.append(row)
            if invalid >= max_invalid:
                break
            continue
        if "invalid_action" in step_info:
            invalid += 1
            row.update(valid=False, reward=float(reward), error=step_info["invalid_action"])
            rows.append(row)
            info = step_info
            if terminated or truncated or invalid >= max_invalid:
                break
            continue
        row["valid"] = True
        row["_step_reward"] = reward
        rows.append(row)
        info = step_info
        if terminated or truncated:
            break
    _returns_to_go(rows)
    return rows


def _mode_for(path):
    """The permission bits of the file at `path`, or those of a new file (0o666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _returns_to_go(rows):
    total = 0.0
    for row in reversed(rows):
        if row["valid"]:
            total += row.pop("_step_reward")
            row["reward"] = total


def write_jsonl(rows, path):
    """Writes rows as JSON lines, atomically (a temp file moved into place). The file gets the
    permissions a plain write would give it (a replaced file keeps its own), not mkstemp's
    owner-only ones."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row) + "\n")
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
