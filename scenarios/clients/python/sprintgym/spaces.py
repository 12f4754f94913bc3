"""Spaces for when gymnasium is not installed: the attributes and methods of gymnasium's
`spaces.Box`, `spaces.Discrete` and `spaces.MultiDiscrete` that agents use (shape, dtype, low,
high, n, nvec, sample, contains). With gymnasium installed, gymnasium's own spaces are used."""
import random

try:
    import numpy as _np
except ImportError:  # pragma: no cover - depends on the machine
    _np = None


class Space:
    def __init__(self, shape, dtype, seed=None):
        self.shape = tuple(shape)
        self.dtype = dtype
        self._rng = random.Random(seed)

    def seed(self, seed=None):
        self._rng = random.Random(seed)
        return [seed]


class Box(Space):
    """A box [low, high] of float32 values."""

    def __init__(self, low, high, shape=None, dtype="float32", seed=None):
        low = list(low) if not isinstance(low, (int, float)) else [low] * shape[0]
        high = list(high) if not isinstance(high, (int, float)) else [high] * shape[0]
        if len(low) != len(high):
            raise ValueError("low has %d values but high has %d" % (len(low), len(high)))
        super().__init__(shape or (len(low),), dtype, seed)
        if _np is not None:
            self.low = _np.asarray(low, dtype=_np.float32).reshape(self.shape)
            self.high = _np.asarray(high, dtype=_np.float32).reshape(self.shape)
        else:
            self.low, self.high = low, high

    def sample(self):
        lo, hi = _flat(self.low), _flat(self.high)
        values = [self._rng.uniform(max(a, -1e6), min(b, 1e6)) for a, b in zip(lo, hi)]
        return _np.asarray(values, dtype=_np.float32).reshape(self.shape) if _np else values

    def contains(self, x):
        values = _flat(x)
        lo, hi = _flat(self.low), _flat(self.high)
        return len(values) == len(lo) and all(a <= v <= b for v, a, b in zip(values, lo, hi))

    def __repr__(self):
        return "Box(%s, float32)" % (self.shape,)


class Discrete(Space):
    """The actions 0..n-1."""

    def __init__(self, n, seed=None):
        if int(n) < 1:
            raise ValueError("a Discrete space needs n >= 1, not %r" % n)
        super().__init__((), "int64", seed)
        self.n = int(n)

    def sample(self, mask=None):
        choices = range(self.n) if mask is None else [i for i in range(self.n) if mask[i]]
        return self._rng.choice(list(choices))

    def contains(self, x):
        try:
            return int(x) == x and 0 <= int(x) < self.n
        except (TypeError, ValueError):
            return False

    def __repr__(self):
        return "Discrete(%d)" % self.n


class MultiDiscrete(Space):
    """One Discrete(n_i) per entry of nvec (a vector env's batched action space)."""

    def __init__(self, nvec, seed=None):
        self.nvec = list(int(n) for n in nvec)
        super().__init__((len(self.nvec),), "int64", seed)

    def sample(self):
        return [self._rng.randrange(n) for n in self.nvec]

    def contains(self, x):
        values = _flat(x)
        return len(values) == len(self.nvec) and all(
            int(v) == v and 0 <= v < n for v, n in zip(values, self.nvec))


def _flat(x):
    if _np is not None:
        return [float(v) for v in _np.asarray(x, dtype=_np.float64).reshape(-1)]
    return [float(v) for v in x]
