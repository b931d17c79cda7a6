<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>&lt;preset | file.netsmith&gt; [--batch-size N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the model&apos;s layers, output shapes, parameters, MACs and memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary takes one preset name or project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model is not valid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: netsmith-cli &lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model can be a preset name (%1) or a .netsmith project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure while running, 2 bad arguments or input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; — see netsmith-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerCategory</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalization &amp; regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerKind</name>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, x): the default activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ReLU, but lets a small slope through for negative values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth ReLU used by transformers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes values into 0..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes values into -1..1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns scores into class probabilities that sum to 1. As the last layer it is folded into the loss during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution 2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides learned filters over the image; each filter detects one pattern and produces one output channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalization 2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalizes each channel over the batch, which makes deep networks train faster and more stably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image that enters the network: channels × height × width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns an image-shaped tensor into one long vector for Linear layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (dense)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully connected layer: every output is a weighted sum of all inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During training, zeroes a random fraction of values to reduce overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds tensors of the same shape element by element (skip connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks tensors along the channel axis; the other sizes must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling 2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the largest value of each window, shrinking the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling 2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages each window, shrinking the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages each channel over the whole image, giving one value per channel (a flat vector).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerParam</name>
    <message>
        <source>Negative slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope used for negative inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of output channels (filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width and height of each filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step between filter positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros added around the image; &apos;same&apos; keeps the size at stride 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing between filter taps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split channels into independent groups (equal to the channels: depthwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a learned offset to every output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the running statistics follow the batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small number added to the variance for stability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 for grayscale, 3 for colour images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of output features (units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of inputs this layer expects; &apos;auto&apos; takes whatever arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of values zeroed while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width and height of the pooling window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step between windows; &apos;auto&apos; uses the window size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border added around the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelGraph</name>
    <message>
        <source>That layer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layer cannot feed itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; takes no input: it is where data enters the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already connected to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already has an input; only Add and Concat take several — disconnect the old one first or merge the branches with Add or Concat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting &quot;%1&quot; to &quot;%2&quot; would make a cycle; data must flow one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 (&quot;%2&quot;) has an unknown layer kind &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has a missing or repeated id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 has an invalid or repeated name &quot;%2&quot; (use letters, digits, _ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an unknown parameter &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: parameter &quot;%3&quot; has an invalid value (allowed: %4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge %1 refers to a node id that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>Model: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total params: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainable params: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-trainable params: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACs per sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation memory per sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training memory at batch size %1 (Adam): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>not a Netsmith project (the &quot;format&quot; field is missing or different)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Netsmith (format version %1; this version reads up to %2) — update Netsmith to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no valid format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalization: mean and std have different lengths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file, and no preset has that name (presets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapeInference</name>
    <message>
        <source>The model is empty — add an Input layer from the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections form a cycle through %1 — remove one of these connections so that data flows one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no Input layer — add one from the palette and connect it to the first layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has %1 Input layers (%2); only one is supported — delete the extra ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has %1 unconnected ends (%2); a model needs exactly one output layer — connect or delete the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known layer kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no input — connect a layer above it to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 inputs but has %3 — connect more branches to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 inputs but takes one — merge the branches with Add or Concat first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapeRule</name>
    <message>
        <source>%1 uses &quot;same&quot; padding, which needs stride 1 — set the stride to 1 or give the padding as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses &quot;same&quot; padding, which needs an odd kernel size — use 3, 5 or 7, or give the padding as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 groups, which must divide both its %3 input channels and its %4 output channels — change the groups or the channel counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an image (channels×height×width) but receives %2 — move it above the Flatten layer or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives a %2 tensor but needs a flat vector — add a Flatten (or GlobalAvgPool) layer before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 inputs but receives %3 — change its input size or the layers above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds tensors of different shapes (%2 and %3) — make the branches produce the same shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joins %2 and %3, which differ in more than the channel count — make the branches produce the same height and width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has padding %2, which may be at most half its kernel size %3 — lower the padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a %2×%2 window but its input is only %3×%4 (padding included) — use a smaller kernel, add padding or remove a pooling layer above it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <source>training setting &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number in the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a value that is not one of the known choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netsmith::ui::MainWindow</name>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netsmith</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
