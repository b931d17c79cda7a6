// The real client's side of tst_export for ONNX: ONNX Runtime (the npm package
// onnxruntime-node, CPU provider) runs every exported .onnx model on the inputs of
// manifest.json and compares with Netsmith's outputs (tolerance 1e-4).
//
//   NODE_PATH=<tools>/node_modules node check_onnx.js manifest.json
const fs = require("fs");
const ort = require("onnxruntime-node");

const TOLERANCE = 1e-4;

function read(path) {
  const b = fs.readFileSync(path);
  return new Float32Array(b.buffer, b.byteOffset, b.length / 4);
}

async function main() {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  let failures = 0;
  for (const c of manifest.cases) {
    for (const file of c.onnx) {
      const session = await ort.InferenceSession.create(`${c.dir}/${file}`);
      let worst = 0;
      for (const n of c.batches) {
        const x = new ort.Tensor("float32", read(`${c.dir}/input${n}.bin`), [n, ...c.input_shape]);
        const result = await session.run({ pixels: x });
        const y = result[session.outputNames[0]];
        const expected = read(`${c.dir}/expected${n}.bin`);
        if (y.dims.join("x") !== [n, c.classes].join("x")) {
          console.log(`FAIL ${c.preset}: ${file} output is ${y.dims.join("x")}`);
          failures++;
        }
        for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(y.data[i] - expected[i]));
      }
      const ok = worst <= TOLERANCE;
      if (!ok) failures++;
      console.log(`${ok ? "" : "FAIL "}${c.preset}: ${file} in ONNX Runtime ${ort.env.versions ? ort.env.versions.common : ""}` +
                  ` largest difference ${worst.toExponential(2)} (batch ${c.batches.join(", ")})`);
    }
  }
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.log(`FAIL ${e.message}`);
  process.exit(1);
});
