"""What one request works out once and reuses: the snapshot tokens and small memos.

`RequestStateMiddleware` opens a fresh state for each request and closes it after, in a
context variable, so nothing rides on private attributes of the request or the user
and no call site has to pass the request along to reach it. Outside a request
(management commands, a shell) there is no state: callers compute each time.
"""

from contextvars import ContextVar

_state = ContextVar("carrefour_request_state", default=None)


class RequestState:
    __slots__ = ("tokens", "memo")

    def __init__(self):
        self.tokens = None  # {scope: token}, read on first use (core.snapshots)
        self.memo = {}


def current():
    """This request's state, or None outside a request."""
    return _state.get()


def memoised(key, compute):
    """`compute()` once per request for `key` (every time outside a request)."""
    state = _state.get()
    if state is None:
        return compute()
    try:
        return state.memo[key]
    except KeyError:
        value = state.memo[key] = compute()
        return value


class RequestStateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reset = _state.set(RequestState())
        try:
            return self.get_response(request)
        finally:
            _state.reset(reset)
