"""A small obs-websocket 5 server for tests: the v5 handshake (with and without a
password), the requests runofshow sends, and misbehaviour on demand (a stalled handshake,
stalled answers, dropped sockets). aiohttp on a thread of its own; everything it was
asked is recorded with the monotonic time it arrived."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

TEXT_KIND = "text_ft2_source_v2"


def auth_string(password: str, salt: str, challenge: str) -> str:
    secret = base64.b64encode(hashlib.sha256((password + salt).encode()).digest())
    return base64.b64encode(hashlib.sha256(secret + challenge.encode()).digest()).decode()


@dataclass
class Seen:
    at: float  # time.monotonic() when it arrived
    request: str
    data: dict[str, Any]


@dataclass
class FakeObsState:
    scenes: list[str] = field(default_factory=lambda: ["Starting soon", "Talk", "Ending"])
    inputs: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    transitions: list[str] = field(default_factory=lambda: ["Cut", "Fade"])
    program_scene: str = "Starting soon"
    transition: str = "Cut"
    transition_ms: int = 300
    streaming: bool = False
    recording: bool = False


class FakeObs:
    def __init__(self, *, password: str | None = None, state: FakeObsState | None = None) -> None:
        self.password = password
        self.state = state or FakeObsState()
        self.stall_hello_s = 0.0  # accept the websocket, then say nothing this long
        self.stall_answers_s = 0.0  # answer every request this late
        self.seen: list[Seen] = []
        self.identified = 0  # successful handshakes
        self.refused_auth = 0
        self._cond = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._sockets: set[web.WebSocketResponse] = set()
        self._transports: set[asyncio.BaseTransport] = set()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-obs", daemon=True)
        self.port = 0

    # ------------------------------------------------------------ test side

    def start(self, port: int = 0) -> int:
        self._thread.start()
        self.port = asyncio.run_coroutine_threadsafe(self._start(port), self._loop).result(10)
        return self.port

    def stop(self) -> None:
        if self._loop.is_closed():
            return
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
            self._runner = None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def drop(self) -> None:
        """Cut every connection without a close frame (a crashed OBS, a pulled cable)."""

        def cut() -> None:
            for transport in list(self._transports):
                if isinstance(transport, asyncio.Transport):
                    transport.abort()

        self._loop.call_soon_threadsafe(cut)

    def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until ``check()`` holds (re-checked on every request), or fail."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not check():
                left = deadline - time.monotonic()
                assert left > 0, "condition not reached in time"
                self._cond.wait(min(left, 0.05))

    def requests(self, name: str) -> list[Seen]:
        with self._cond:
            return [s for s in self.seen if s.request == name]

    def text(self, source: str) -> str:
        with self._cond:
            return str(self.state.inputs.get(source, ("", {}))[1].get("text", ""))

    def add_text_source(self, name: str, text: str = "") -> None:
        self.state.inputs[name] = (TEXT_KIND, {"text": text})

    # ------------------------------------------------------------ server side

    async def _stop(self) -> None:
        """Stalled handlers are cancelled, not waited for."""
        for transport in list(self._transports):
            transport.close()
        current = asyncio.current_task()
        for task in asyncio.all_tasks():
            if task is not current:
                task.cancel()
        assert self._runner is not None
        await self._runner.cleanup()

    async def _start(self, port: int) -> int:
        app = web.Application()
        app.router.add_get("/", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        server = site._server
        assert server is not None
        return int(server.sockets[0].getsockname()[1])  # type: ignore[union-attr]

    async def _handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.add(ws)
        transport = request.transport
        if transport is not None:
            self._transports.add(transport)
        try:
            if self.stall_hello_s:
                await asyncio.sleep(self.stall_hello_s)
            salt, challenge = "c2FsdA==", "Y2hhbGxlbmdl"
            hello: dict[str, Any] = {"obsWebSocketVersion": "5.1.0", "rpcVersion": 1}
            if self.password is not None:
                hello["authentication"] = {"challenge": challenge, "salt": salt}
            await ws.send_str(json.dumps({"op": 0, "d": hello}))
            identify = await ws.receive()
            if identify.type is not WSMsgType.TEXT:
                return ws
            given = json.loads(identify.data)["d"].get("authentication")
            if self.password is not None and given != auth_string(self.password, salt, challenge):
                with self._cond:
                    self.refused_auth += 1
                    self._cond.notify_all()
                await ws.close(code=4009, message=b"Authentication failed.")
                return ws
            await ws.send_str(json.dumps({"op": 2, "d": {"negotiatedRpcVersion": 1}}))
            with self._cond:
                self.identified += 1
                self._cond.notify_all()
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    break
                payload = json.loads(message.data)
                if payload.get("op") != 6:
                    continue
                d = payload["d"]
                with self._cond:
                    self.seen.append(Seen(time.monotonic(), d["requestType"],
                                          d.get("requestData") or {}))  # fmt: skip
                    self._cond.notify_all()
                if self.stall_answers_s:
                    await asyncio.sleep(self.stall_answers_s)
                with self._cond:
                    ok, code, comment, data = self._answer(d["requestType"],
                                                           d.get("requestData") or {})  # fmt: skip
                    self._cond.notify_all()
                status: dict[str, Any] = {"result": ok, "code": code}
                if comment:
                    status["comment"] = comment
                answer: dict[str, Any] = {
                    "requestType": d["requestType"],
                    "requestId": d["requestId"],
                    "requestStatus": status,
                }
                if data is not None:
                    answer["responseData"] = data
                await ws.send_str(json.dumps({"op": 7, "d": answer}))
        finally:
            self._sockets.discard(ws)
            if transport is not None:
                self._transports.discard(transport)
        return ws

    def _answer(
        self, name: str, data: dict[str, Any]
    ) -> tuple[bool, int, str, dict[str, Any] | None]:
        state = self.state
        missing = (False, 600, "No source was found by the name of `{}`.", None)
        if name == "GetVersion":
            return True, 100, "", {"obsVersion": "29.0.2", "obsWebSocketVersion": "5.1.0",
                                   "rpcVersion": 1}  # fmt: skip
        if name == "GetCurrentProgramScene":
            scene = state.program_scene
            return True, 100, "", {"currentProgramSceneName": scene, "sceneName": scene}
        if name == "SetCurrentProgramScene":
            scene = data["sceneName"]
            if scene not in state.scenes:
                return missing[0], missing[1], missing[2].format(scene), None
            state.program_scene = scene
            return True, 100, "", None
        if name == "SetInputSettings":
            source = data["inputName"]
            if source not in state.inputs:
                return missing[0], missing[1], missing[2].format(source), None
            kind, settings = state.inputs[source]
            state.inputs[source] = (kind, {**settings, **data["inputSettings"]})
            return True, 100, "", None
        if name == "GetInputSettings":
            source = data["inputName"]
            if source not in state.inputs:
                return missing[0], missing[1], missing[2].format(source), None
            kind, settings = state.inputs[source]
            return True, 100, "", {"inputKind": kind, "inputSettings": settings}
        if name == "SetCurrentSceneTransition":
            if data["transitionName"] not in state.transitions:
                return False, 600, "No transition was found by the name of `x`.", None
            state.transition = data["transitionName"]
            return True, 100, "", None
        if name == "SetCurrentSceneTransitionDuration":
            state.transition_ms = int(data["transitionDuration"])
            return True, 100, "", None
        if name == "GetStreamStatus":
            return True, 100, "", {"outputActive": state.streaming}
        if name == "GetRecordStatus":
            return True, 100, "", {"outputActive": state.recording}
        if name == "GetSceneList":
            return True, 100, "", {"scenes": [{"sceneName": s, "sceneIndex": i}
                                              for i, s in enumerate(reversed(state.scenes))],
                                   "currentProgramSceneName": state.program_scene}  # fmt: skip
        if name == "GetInputList":
            return True, 100, "", {"inputs": [{"inputName": n, "inputKind": k}
                                              for n, (k, _s) in state.inputs.items()]}  # fmt: skip
        if name == "GetSceneTransitionList":
            return True, 100, "", {"transitions": [{"transitionName": t}
                                                   for t in state.transitions]}  # fmt: skip
        return False, 204, f"Your request type is not valid: {name}", None
