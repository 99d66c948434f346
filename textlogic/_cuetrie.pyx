# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""Compiled walk of a tolerant cue trie: the same answers as the regexes `cuematch` builds.

The splitter spends most of its time in sre running tries of several hundred phrases (sre
tries a node's branches one by one and saves its group marks at each, ~75 ns per character
of a short line).  This walks the same trie in C: one character test per level.

It must answer exactly as the regex fallback does, backtracking included, so it follows
sre's order: a node's branches in the trie's order, then the phrase ending at the node; the
marks after a letter (``[^\\w\\s]*``) and the run after a space (``\\s\\W*``) are greedy and
given back one by one when what follows fails; ``\\w`` and ``\\s`` are sre's own tests
(`Py_UNICODE_ISALNUM` or ``_``, `Py_UNICODE_ISSPACE`).  tests/textlogic/test_cuetrie.py
compares both on random text and the splitter's output on every gold document.
"""
from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISDECIMAL, Py_UNICODE_ISSPACE

cdef extern from "Python.h":
    int PyUnicode_KIND(object o)
    void* PyUnicode_DATA(object o)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index) noexcept nogil

from array import array

cdef enum:
    KIND_CHAR = 0   # one character (two for an ASCII letter), then any marks
    KIND_SPACE = 1  # a space, then any non-word characters

#: What must follow a phrase: nothing in particular, not a word character, a word character.
TAIL_ANY, TAIL_NOT_WORD, TAIL_WORD = 0, 1, 2


# sre's \w and \s for the Basic Multilingual Plane, looked up instead of asked of the
# Unicode database at every character.
cdef unsigned char _WORD[0x10000]
cdef unsigned char _SPACE[0x10000]
cdef unsigned char _DECIMAL[0x10000]
cdef Py_UCS4 _c
for _c in range(0x10000):
    _WORD[_c] = Py_UNICODE_ISALNUM(_c) or _c == u'_'
    _SPACE[_c] = Py_UNICODE_ISSPACE(_c)
    _DECIMAL[_c] = Py_UNICODE_ISDECIMAL(_c)


cdef Py_ssize_t _first(str s, Py_ssize_t pos, Py_ssize_t end, bint digit) noexcept:
    """Index of the first decimal digit (``digit``) or sentence end in ``s[pos:end]``, or -1."""
    cdef int kind = PyUnicode_KIND(s)
    cdef void* data = PyUnicode_DATA(s)
    cdef Py_ssize_t i, n = len(s)
    cdef Py_UCS4 c
    if end > n:
        end = n
    for i in range(pos if pos > 0 else 0, end):
        c = PyUnicode_READ(kind, data, i)
        if digit:
            if (_DECIMAL[c] if c < 0x10000 else Py_UNICODE_ISDECIMAL(c)):
                return i
        elif c == u'.' or c == u'!' or c == u'?':
            return i
    return -1


def find_digit(str s not None, Py_ssize_t pos, Py_ssize_t end):
    """Index of the first decimal digit (sre's ``\\d``) in ``s[pos:end]``, or -1."""
    return _first(s, pos, end, True)


def find_stop(str s not None, Py_ssize_t pos, Py_ssize_t end):
    """Index of the first full stop, question or exclamation mark in ``s[pos:end]``, or -1."""
    return _first(s, pos, end, False)


cdef inline bint _word(Py_UCS4 c) noexcept:
    if c < 0x10000:
        return _WORD[c]
    return Py_UNICODE_ISALNUM(c)


cdef inline bint _space(Py_UCS4 c) noexcept:
    if c < 0x10000:
        return _SPACE[c]
    return Py_UNICODE_ISSPACE(c)


cdef struct Text:
    int kind
    void* data
    Py_ssize_t end


cdef inline Py_UCS4 _at(Text* t, Py_ssize_t i) noexcept:
    return PyUnicode_READ(t.kind, t.data, i)


cdef class Trie:
    """A phrase trie flattened into arrays: node ``n`` owns branches ``first[n]`` to
    ``first[n] + count[n] - 1`` and ends phrase ``leaf[n]`` (-1: none).  ``root_map`` gives,
    for a character of the Basic Multilingual Plane, the one root branch that can take it
    (+1; 0: none), so the scan of a line dismisses most word starts with one lookup."""

    cdef int[::1] first, count, leaf, kind, target
    cdef unsigned int[::1] ch1, ch2, lead_lo, lead_hi
    cdef unsigned short[::1] root_map
    cdef unsigned char[::1] lead_map, stop_map
    cdef bint use_root_map
    cdef int tail

    def __init__(self, nodes, int tail, str lead_chars="", lead_ranges=(), str stops=""):
        """``nodes``: ``(leaf, [(kind, char, other_case, child_node), ...])`` per node, root
        first.  ``lead_chars`` and ``lead_ranges`` are the characters a cue may stand behind
        (`match_after_lead`, `glued`); ``stops`` the sentence-end characters of `glued`."""
        first, count, leaf = array("i"), array("i"), array("i")
        kind, target, ch1, ch2 = array("i"), array("i"), array("I"), array("I")
        for node_leaf, branches in nodes:
            first.append(len(kind))
            count.append(len(branches))
            leaf.append(node_leaf)
            for k, a, b, child in branches:
                kind.append(k)
                ch1.append(ord(a))
                ch2.append(ord(b))
                target.append(child)
        for arr in (kind, target, ch1, ch2):
            if not arr:
                arr.append(0)
        self.first, self.count, self.leaf = first, count, leaf
        self.kind, self.target, self.ch1, self.ch2 = kind, target, ch1, ch2
        self.tail = tail
        root_map = array("H", bytes(2 * 0x10000))
        self.use_root_map = len(nodes[0][1]) < 0xFFFF
        for b, (k, a, other, _) in enumerate(nodes[0][1]):
            chars = ([chr(c) for c in range(0x10000) if chr(c).isspace()] if k == KIND_SPACE
                     else {a, other})
            for c in chars:
                if ord(c) < 0x10000:
                    if root_map[ord(c)]:  # two root branches take one character: scan them
                        self.use_root_map = False
                    root_map[ord(c)] = b + 1
        self.root_map = root_map
        lead_map = bytearray(0x10000)
        for c in lead_chars:
            if ord(c) < 0x10000:
                lead_map[ord(c)] = 1
        self.lead_map = lead_map
        self.lead_lo = array("I", [lo for lo, _ in lead_ranges] or [1])
        self.lead_hi = array("I", [hi for _, hi in lead_ranges] or [0])
        if any(ord(c) >= 0x10000 for c in lead_chars):
            raise ValueError("astral lead characters go in lead_ranges")
        stop_map = bytearray(128)
        for c in stops:
            if ord(c) >= 128:
                raise ValueError("stops must be ASCII")
            stop_map[ord(c)] = 1
        self.stop_map = stop_map

    cdef inline bint _tail_ok(self, Text* t, Py_ssize_t i) noexcept:
        if self.tail == TAIL_NOT_WORD:
            return i >= t.end or not _word(_at(t, i))
        if self.tail == TAIL_WORD:
            return i < t.end and _word(_at(t, i))
        return True

    cdef inline bint _may_start(self, Text* t, Py_ssize_t i) noexcept:
        """False only where no root branch can take ``t[i]`` (a cheap first test)."""
        cdef Py_UCS4 c
        if i >= t.end:
            return self.leaf[0] >= 0
        c = _at(t, i)
        if c < 0x10000 and self.use_root_map:
            return self.root_map[c] != 0 or self.leaf[0] >= 0
        return True

    cdef Py_ssize_t _walk(self, Text* t, int node, Py_ssize_t i, int* found) noexcept:
        """End of the phrase sre would match from ``i`` at ``node``, or -1."""
        cdef Py_ssize_t b, j, k, r, end = t.end
        cdef Py_ssize_t lo = self.first[node], stop = lo + self.count[node]
        cdef Py_UCS4 c, d
        if i < end:
            c = _at(t, i)
            if node == 0 and self.use_root_map and c < 0x10000:
                # Only one root branch can take c (checked when built): go straight to it.
                lo = self.root_map[c] - 1
                stop = lo + 1 if lo >= 0 else lo
            for b in range(lo, stop):
                if self.kind[b] == KIND_SPACE:
                    if not _space(c):
                        continue
                    j = i + 1
                    while j < end and not _word(_at(t, j)):
                        j += 1
                elif c == self.ch1[b] or c == self.ch2[b]:
                    j = i + 1
                    while j < end:
                        d = _at(t, j)
                        if _word(d) or _space(d):
                            break
                        j += 1
                else:
                    continue
                k = j
                while k > i:
                    r = self._walk(t, self.target[b], k, found)
                    if r >= 0:
                        return r
                    k -= 1
        if self.leaf[node] >= 0 and self._tail_ok(t, i):
            found[0] = self.leaf[node]
            return i
        return -1

    cdef inline bint _lead(self, Py_UCS4 c) noexcept:
        cdef Py_ssize_t n
        if c < 0x10000:
            if self.lead_map[c]:
                return True
        for n in range(self.lead_lo.shape[0]):
            if self.lead_lo[n] <= c <= self.lead_hi[n]:
                return True
        return False

    cdef inline bint _stop(self, Py_UCS4 c) noexcept:
        return c < 128 and self.stop_map[c]

    cdef inline void _text(self, Text* t, str s, Py_ssize_t end) noexcept:
        t.kind = PyUnicode_KIND(s)
        t.data = PyUnicode_DATA(s)
        t.end = len(s) if end > len(s) else end

    def match(self, str s not None, Py_ssize_t pos, Py_ssize_t end):
        """``(end, leaf)`` of the phrase matching at ``pos`` (as ``rx.match(t, pos, end)``
        and ``m.end(), m.lastgroup``), or None."""
        cdef int found = -1
        cdef Text t
        self._text(&t, s, end)
        cdef Py_ssize_t r = self._walk(&t, 0, pos if pos > 0 else 0, &found)
        return None if r < 0 else (r, found)

    def match_end(self, str s not None, Py_ssize_t pos, Py_ssize_t end):
        """End of the phrase matching at ``pos``, or -1."""
        cdef int found = -1
        cdef Text t
        self._text(&t, s, end)
        return self._walk(&t, 0, pos if pos > 0 else 0, &found)

    def match_after_lead(self, str s not None, Py_ssize_t pos, Py_ssize_t end):
        """Whether a phrase matches at ``pos`` after up to six lead characters (the regex
        ``LEAD{0,6}(?:trie)``: the lead run is greedy and given back one by one)."""
        cdef int found = -1
        cdef Py_ssize_t k
        cdef Text t
        self._text(&t, s, end)
        if pos < 0:
            pos = 0
        k = pos
        while k < t.end and k - pos < 6 and self._lead(_at(&t, k)):
            k += 1
        while k >= pos:
            if self._walk(&t, 0, k, &found) >= 0:
                return True
            k -= 1
        return False

    def glued(self, str s not None, Py_ssize_t pos, Py_ssize_t end):
        """``(start, end)`` of the first sentence end in ``[pos, end)`` followed by a phrase:
        the regex ``[stops][stops]*+\s*+(?=LEAD{0,6}+(?:trie))``, or None."""
        cdef int found = -1
        cdef Py_ssize_t i, j, k
        cdef Text t
        self._text(&t, s, end)
        for i in range(pos if pos > 0 else 0, t.end):
            if not self._stop(_at(&t, i)):
                continue
            j = i + 1
            while j < t.end and self._stop(_at(&t, j)):
                j += 1
            while j < t.end and _space(_at(&t, j)):
                j += 1
            k = j
            while k < t.end and k - j < 6 and self._lead(_at(&t, k)):
                k += 1
            if self._walk(&t, 0, k, &found) >= 0:
                return (i, j)
        return None

    cdef Py_ssize_t _start_from(self, Text* t, Py_ssize_t pos, int* found) noexcept:
        """The first start at or after ``pos`` where a phrase begins with no word character
        before it (the character before ``pos`` counts), or -1."""
        cdef Py_ssize_t i
        if pos <= 0:
            if self._walk(t, 0, 0, found) >= 0:
                return 0
            pos = 1
        for i in range(pos - 1, t.end):
            if (self._may_start(t, i + 1) and not _word(_at(t, i))
                    and self._walk(t, 0, i + 1, found) >= 0):
                return i + 1
        return -1

    def hits(self, str s not None, Py_ssize_t pos, Py_ssize_t end):
        """``(start, leaf)`` for every start in ``[pos, end)`` where a phrase begins with no
        word character before it (the character before ``pos`` counts)."""
        cdef int found = -1
        cdef Py_ssize_t start
        cdef Text t
        self._text(&t, s, end)
        out = []
        start = self._start_from(&t, pos, &found)
        while start >= 0:
            out.append((start, found))
            start = self._start_from(&t, start + 1, &found)
        return out

    def find(self, str s not None, Py_ssize_t pos, Py_ssize_t end):
        """The first start `hits` would report, or -1."""
        cdef int found = -1
        cdef Text t
        self._text(&t, s, end)
        return self._start_from(&t, pos, &found)
