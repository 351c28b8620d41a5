"""Drives the gd kernel through jupyter_client and prints what every request got, as JSON.

KernelEndToEndTest runs this with JUPYTER_PATH pointing at a kernelspec it installed; the test,
not this script, decides what is right. Each record: the request, every iopub message its
request caused (type and content), and the reply.
"""
import json
import sys
import time

import jupyter_client
import zmq

km, kc = jupyter_client.manager.start_new_kernel(kernel_name="gd", startup_timeout=60)
records = []


def collect(msg_id, get_reply, timeout=60, on_first_stream=None):
    messages, first = [], True
    while True:
        m = kc.get_iopub_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        messages.append({"type": m["msg_type"], "content": m["content"]})
        if m["msg_type"] == "stream" and first and on_first_stream:
            first = False
            on_first_stream()
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
    reply = get_reply(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:   # start_new_kernel's own kernel_info replies come first
        reply = get_reply(timeout=timeout)
    return messages, reply


def record(name, msg_id, **kw):
    messages, reply = collect(msg_id, kc.get_shell_msg, **kw)
    records.append({"name": name, "iopub": messages, "reply_type": reply["msg_type"], "reply": reply["content"]})


def control_interrupt():
    msg = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(msg)
    records.append({"name": "interrupt_reply", "reply": kc.get_control_msg(timeout=30)["content"]})


record("kernel_info", kc.kernel_info())
record("definitions", kc.execute(
    "params m b\nmodel(x) = m*x + b\nxs = [-2, 3]\nys = [2*x + 1 for x in xs]\n"
    "loss = sum((model(x) - y)**2 for x, y in zip(xs, ys)) / len(xs)"))
record("block", kc.execute(sys.argv[1]))
record("d", kc.execute("d(loss, m)"))
record("train", kc.execute("run = train(loss, lr=0.1, steps=20, model=model, data=zip(xs, ys))"))
record("error", kc.execute("val(m) + nope"))
record("interrupt_signal", kc.execute("train(loss, lr=0.0001, steps=100000000, every=1000000)"),
       on_first_stream=lambda: km.interrupt_kernel())
record("interrupt_message", kc.execute("train(loss, lr=0.0001, steps=100000000, every=1000000)"),
       on_first_stream=control_interrupt)
record("after", kc.execute("val(m)"))
record("graph", kc.execute("graph(m*b + m)"))
record("is_complete_open", kc.is_complete("d(loss,"))
record("is_complete_done", kc.is_complete("d(loss, m)"))
record("is_complete_block", kc.is_complete("for k in range(3):"))
record("is_complete_in_block", kc.is_complete("for k in range(3):\n    print(k)"))
record("is_complete_block_done", kc.is_complete("for k in range(3):\n    print(k)\n"))
record("is_complete_invalid", kc.is_complete("d(loss,, m)"))
record("complete", kc.complete("val(lo", 6))
record("inspect", kc.inspect("val(loss)", 2))

hb = zmq.Context.instance().socket(zmq.REQ)
hb.connect("%s://%s:%d" % (km.transport, km.ip, km.hb_port))
hb.send(b"ping")
records.append({"name": "heartbeat", "reply": {"echo": hb.recv().decode() if hb.poll(10000) else None}})
hb.close(0)

msg = kc.session.msg("shutdown_request", {"restart": False})
kc.control_channel.send(msg)
reply = kc.get_control_msg(timeout=30)
deadline = time.time() + 20
while km.is_alive() and time.time() < deadline:
    time.sleep(0.1)
records.append({"name": "shutdown", "reply": reply["content"], "alive_after": km.is_alive(),
                "exit_code": km.provisioner.process.poll() if km.provisioner else None})
if km.is_alive():
    km.shutdown_kernel(now=True)
kc.stop_channels()
print(json.dumps(records))
