"""Fibonacci numbers and a divide-and-conquer int to decimal conversion."""
import functools

# Leaf size of the decimal conversion: small enough for str(), far below
# Python's 4300-digit int/str limit.
CHUNK_DIGITS = 1000


def fibonacci(n):
    """F(n) with F(0) = 0, F(1) = 1, by fast doubling over the bits of n."""
    a, b = 0, 1  # F(k), F(k + 1) for k = the bits of n read so far
    for shift in range(n.bit_length() - 1, -1, -1):
        f2k = a * (2 * b - a)
        f2k1 = a * a + b * b
        if (n >> shift) & 1:
            a, b = f2k1, f2k + f2k1
        else:
            a, b = f2k, f2k1
    return a


def fibonacci_sequence(count):
    """The first count Fibonacci numbers, from F(0)."""
    sequence = []
    a, b = 0, 1
    for _ in range(count):
        sequence.append(a)
        a, b = b, a + b
    return sequence


@functools.cache
def _power_of_ten(j):
    """10 ** (CHUNK_DIGITS * 2 ** j), each level squared from the one below."""
    if j == 0:
        return 10**CHUNK_DIGITS
    return _power_of_ten(j - 1) ** 2


def to_decimal(value):
    """Decimal string of a non-negative int, by splitting on powers of ten.

    Unlike str(int) it is not limited to 4300 digits; the cost is dominated
    by the top-level divmod (about 0.3 s for the 209k digits of F(10**6)).
    """
    if value < 0:
        raise ValueError("value must be non-negative")
    j = 0
    while _power_of_ten(j) <= value:
        j += 1
    return _digits(value, j - 1, pad=False)


def _digits(value, j, pad):
    # value < 10 ** (CHUNK_DIGITS * 2 ** (j + 1)); pad means: emit exactly
    # that many digits (this piece sits to the right of a higher one).
    if j < 0:
        text = str(value)
        return text.zfill(CHUNK_DIGITS) if pad else text
    high, low = divmod(value, _power_of_ten(j))
    if not high and not pad:
        return _digits(low, j - 1, pad=False)
    return _digits(high, j - 1, pad) + _digits(low, j - 1, pad=True)
