"""The real clients' side of tst_export: PyTorch (Debian's python3-torch) loads every
exported TorchScript model and PyTorch-code model, and python3-onnx checks every ONNX model.

    /usr/bin/python3 check_exports.py manifest.json

manifest.json (written by tst_export) lists one case per preset: its folder, input shape,
class count, and the inputs (float32 pixels in [0, 1]) with Netsmith's outputs for batch
sizes 1 and 7. Prints the largest difference per case and format; exits 1 on any failure.
"""
import importlib.util
import json
import sys

import numpy as np
import onnx
import onnx.checker
import torch

TOLERANCE = 1e-5


def read(path, shape):
    return torch.from_numpy(np.fromfile(path, dtype="<f4").reshape(shape).copy())


def main(manifest_path):
    manifest = json.load(open(manifest_path))
    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    for case in manifest["cases"]:
        d, name = case["dir"], case["preset"]
        c, h, w = case["input_shape"]
        k = case["classes"]
        batches = {n: (read(f"{d}/input{n}.bin", (n, c, h, w)), read(f"{d}/expected{n}.bin", (n, k)))
                   for n in case["batches"]}

        # TorchScript: loads, carries its metadata, agrees, switches mode, fine-tunes.
        extra = {"netsmith.json": "", "names.json": ""}
        ts = torch.jit.load(f"{d}/model.pt", _extra_files=extra)
        meta = json.loads(extra["netsmith.json"])
        check(len(meta["classes"]) == k, f"{name}: torchscript metadata has {len(meta['classes'])} classes")
        check(set(json.loads(extra["names.json"]).values()) >= set(case["layers"]),
              f"{name}: names.json does not name every layer")
        ts.eval()
        worst = 0.0
        with torch.no_grad():
            for x, y in batches.values():
                worst = max(worst, (ts(x) - y).abs().max().item())
        check(worst <= TOLERANCE, f"{name}: torchscript differs by {worst:g}")
        x7, y7 = batches[7]
        # Training mode updates BatchNorm's running statistics in place: keep them to restore.
        saved = {key: value.clone() for key, value in ts.state_dict().items()}
        if case["has_dropout"] or case["has_batchnorm"]:
            ts.train()
            with torch.no_grad():
                trained = ts(x7)
            check((trained - y7).abs().max().item() > TOLERANCE,
                  f"{name}: .train() does not change Dropout/BatchNorm")
            ts.load_state_dict(saved)
            ts.eval()
            with torch.no_grad():
                check((ts(x7) - y7).abs().max().item() <= TOLERANCE, f"{name}: .eval() does not restore inference")
        ts.train()
        params = list(ts.parameters())
        before = [p.detach().clone() for p in params]
        optimiser = torch.optim.SGD(params, lr=0.05)
        optimiser.zero_grad()
        out = ts(x7)
        targets = torch.arange(7) % k
        loss = torch.nn.functional.nll_loss(torch.log(out.clamp_min(1e-9)), targets) \
            if meta["output"].startswith("probabilities") else torch.nn.functional.cross_entropy(out, targets)
        loss.backward()
        optimiser.step()
        # A conv bias right before a BatchNorm has a zero gradient in training mode: only
        # parameters with a real gradient must move, and every parameter must get one.
        check(all(p.grad is not None for p in params), f"{name}: a parameter got no gradient")
        live = [i for i, p in enumerate(params) if p.grad is not None and p.grad.abs().max().item() > 1e-6]
        moved = sum(int(not torch.equal(before[i], params[i].detach())) for i in live)
        check(moved == len(live) and len(live) > len(params) // 2,
              f"{name}: one SGD step moved {moved} of the {len(live)} parameters with a gradient")
        ts.load_state_dict(saved)
        print(f"{name}: torchscript largest difference {worst:.2e} (batch {', '.join(map(str, batches))}); "
              f"train/eval switch ok; one SGD step moved {moved} of {len(params)} parameters")

        # PyTorch code: the generated nn.Module with its weights.
        spec = importlib.util.spec_from_file_location(f"netsmith_export_{name.replace('-', '_')}",
                                                      f"{d}/pytorch/model.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        model = module.Model()
        model.load_state_dict(torch.load(f"{d}/pytorch/weights.pt"))
        model.eval()
        worst = 0.0
        with torch.no_grad():
            for x, y in batches.values():
                worst = max(worst, (model(x) - y).abs().max().item())
        check(worst <= TOLERANCE, f"{name}: pytorch code differs by {worst:g}")
        check(module.CLASSES == meta["classes"], f"{name}: model.py CLASSES differ from the metadata")
        print(f"{name}: pytorch code largest difference {worst:.2e}")

        # ONNX: the reference checker, with shape inference over the whole graph.
        for path in case["onnx"]:
            proto = onnx.load(f"{d}/{path}")
            onnx.checker.check_model(proto, full_check=True)
            props = {p.key: p.value for p in proto.metadata_props}
            check(json.loads(props.get("classes", "[]")) == meta["classes"], f"{name}: {path} metadata_props")
            print(f"{name}: {path} passes onnx.checker (full_check), opset {proto.opset_import[0].version}")

    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
