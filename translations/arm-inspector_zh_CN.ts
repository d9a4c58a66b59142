<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClassNames</name>
    <message>
        <source>Surprise</source>
        <translation>惊讶</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>恐惧</translation>
    </message>
    <message>
        <source>Disgust</source>
        <translation>厌恶</translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation>高兴</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>悲伤</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>愤怒</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Contempt</source>
        <translation>轻蔑</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Relabel %n sample(s)</source>
        <translation>
            <numerusform>重新标注 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel %1 as %2</source>
        <translation>将 %1 重新标注为 %2</translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation>标记 %1</translation>
    </message>
    <message>
        <source>Unflag %1</source>
        <translation>取消标记 %1</translation>
    </message>
</context>
<context>
    <name>arm::AffinityJob</name>
    <message>
        <source>batch affinity is not available in this build</source>
        <translation>此版本不提供批亲和度</translation>
    </message>
    <message>
        <source>Decoding images</source>
        <translation>正在解码图像</translation>
    </message>
    <message>
        <source>Computing affinities</source>
        <translation>正在计算亲和度</translation>
    </message>
</context>
<context>
    <name>arm::AffinityPanel</name>
    <message>
        <source>Choose a batch: the gallery selection or a stratified sample.</source>
        <translation>选择一个批：图库中的选择或分层样本。</translation>
    </message>
    <message>
        <source>Use &amp;gallery selection</source>
        <translation>使用图库选择(&amp;G)</translation>
    </message>
    <message>
        <source>Use gallery selection</source>
        <translation>使用图库选择</translation>
    </message>
    <message>
        <source>Compute the affinities of the images selected in the gallery</source>
        <translation>计算图库中所选图像的亲和度</translation>
    </message>
    <message>
        <source>&amp;Stratified sample</source>
        <translation>分层样本(&amp;S)</translation>
    </message>
    <message>
        <source>Stratified sample</source>
        <translation>分层样本</translation>
    </message>
    <message>
        <source>Compute the affinities of a sample with the same number of images from each class</source>
        <translation>计算每个类别图像数相同的样本的亲和度</translation>
    </message>
    <message>
        <source> per class</source>
        <translation> 每类</translation>
    </message>
    <message>
        <source>Images per class</source>
        <translation>每类图像数</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the affinity computation</source>
        <translation>取消亲和度计算</translation>
    </message>
    <message>
        <source>Images: F_expression cosine</source>
        <translation>图像：F_expression 余弦</translation>
    </message>
    <message>
        <source>Images: F_unique cosine</source>
        <translation>图像：F_unique 余弦</translation>
    </message>
    <message>
        <source>Classes: mean F_expression cosine</source>
        <translation>类别：F_expression 平均余弦</translation>
    </message>
    <message>
        <source>Affinity view</source>
        <translation>亲和度视图</translation>
    </message>
    <message>
        <source>Affinity matrix</source>
        <translation>亲和度矩阵</translation>
    </message>
    <message>
        <source>Selected pair</source>
        <translation>所选图像对</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to compare the two images.</source>
        <translation>单击矩阵中的单元以比较两张图像。</translation>
    </message>
    <message>
        <source>Per-image batch dependence</source>
        <translation>每张图像的批依赖性</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>给定</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>单独</translation>
    </message>
    <message>
        <source>In batch</source>
        <translation>批内</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>滑动</translation>
    </message>
    <message>
        <source>Shared share</source>
        <translation>共享占比</translation>
    </message>
    <message>
        <source>Max Δp</source>
        <translation>最大 Δp</translation>
    </message>
    <message>
        <source>‖α·F_generic‖ / ‖F_expression‖: how much of the feature is the batch-shared term</source>
        <translation>‖α·F_generic‖ / ‖F_expression‖：特征中批内共享项所占的比例</translation>
    </message>
    <message>
        <source>Largest change of a class probability between alone and in this batch</source>
        <translation>单独与在此批中之间类别概率的最大变化</translation>
    </message>
    <message>
        <source>Prediction with the running (batch-independent) generic feature</source>
        <translation>使用滑动（与批无关）通用特征的预测</translation>
    </message>
    <message>
        <source>Select at least two images in the gallery, or use a stratified sample.</source>
        <translation>请在图库中至少选择两张图像，或使用分层样本。</translation>
    </message>
    <message>
        <source>The selection has %1 images; the first %2 are used.</source>
        <translation>所选有 %1 张图像；使用前 %2 张。</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开数据集。</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>请先打开模型。</translation>
    </message>
    <message>
        <source>Batch affinity is not available in this build.</source>
        <translation>此版本不提供批亲和度。</translation>
    </message>
    <message>
        <source>The batch needs at least two images.</source>
        <translation>批至少需要两张图像。</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation>%1… 第 %2 / %3</translation>
    </message>
    <message>
        <source>Affinity failed: %1</source>
        <translation>亲和度计算失败：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Computing the affinities of %1 images…</source>
        <translation>正在计算 %1 张图像的亲和度…</translation>
    </message>
    <message>
        <source>%1 images · %2 predictions change between alone and in this batch · mean shared share %3 · %4 ms</source>
        <translation>%1 张图像 · %2 个预测在单独与此批之间发生变化 · 平均共享占比 %3 · %4 ms</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Mean F_expression cosine between images of two classes</source>
        <translation>两个类别图像之间的 F_expression 平均余弦</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Cosine similarity of F_expression</source>
        <translation>F_expression 的余弦相似度</translation>
    </message>
    <message>
        <source>Cosine similarity of F_unique</source>
        <translation>F_unique 的余弦相似度</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>The prediction changes inside this batch</source>
        <translation>在此批中预测发生变化</translation>
    </message>
    <message>
        <source>%1: given %2, predicted alone: %3, in batch: %4</source>
        <translation>%1：给定 %2，单独预测：%3，批内预测：%4</translation>
    </message>
    <message>
        <source> (changes in the batch)</source>
        <translation>（在批中发生变化）</translation>
    </message>
    <message>
        <source>%1 · given: %2</source>
        <translation>%1 · 给定：%2</translation>
    </message>
    <message>
        <source>Images %1 and %2: F_expression cosine %3</source>
        <translation>图像 %1 和 %2：F_expression 余弦 %3</translation>
    </message>
    <message>
        <source>, F_unique cosine %1</source>
        <translation>，F_unique 余弦 %1</translation>
    </message>
    <message>
        <source>Left: %1
Right: %2</source>
        <translation>左：%1
右：%2</translation>
    </message>
</context>
<context>
    <name>arm::ArmInternalsPanel</name>
    <message>
        <source>De-albino kernel</source>
        <translation>去白化卷积核</translation>
    </message>
    <message>
        <source>Arranged map 1</source>
        <translation>重排图 1</translation>
    </message>
    <message>
        <source>Arranged map 2</source>
        <translation>重排图 2</translation>
    </message>
    <message>
        <source>De-albino map 1 before BN</source>
        <translation>BN 前的去白化图 1</translation>
    </message>
    <message>
        <source>De-albino map 2 before BN</source>
        <translation>BN 前的去白化图 2</translation>
    </message>
    <message>
        <source>De-albino map 1 after BN</source>
        <translation>BN 后的去白化图 1</translation>
    </message>
    <message>
        <source>De-albino map 2 after BN</source>
        <translation>BN 后的去白化图 2</translation>
    </message>
    <message>
        <source>F_unique</source>
        <translation>F_unique</translation>
    </message>
    <message>
        <source>α·F_generic</source>
        <translation>α·F_generic</translation>
    </message>
    <message>
        <source>F_expression</source>
        <translation>F_expression</translation>
    </message>
    <message>
        <source>Kernel and arranged maps (the backbone&apos;s channels pixel-shuffled into two maps)</source>
        <translation>卷积核与重排图（骨干网络的通道经像素重排成两张图）</translation>
    </message>
    <message>
        <source>De-albino maps (kernel applied with stride 8, no padding)</source>
        <translation>去白化图（卷积核步长 8，无填充）</translation>
    </message>
    <message>
        <source>Features fed to the classifier (one colour range for all three)</source>
        <translation>输入分类器的特征（三者使用同一颜色范围）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>De-albino kernel (%1)</source>
        <translation>去白化卷积核（%1）</translation>
    </message>
    <message>
        <source>Arranged map 1 (%1)</source>
        <translation>重排图 1（%1）</translation>
    </message>
    <message>
        <source>Arranged map 2 (%1)</source>
        <translation>重排图 2（%1）</translation>
    </message>
    <message>
        <source>Map 1 before BN (%1)</source>
        <translation>BN 前的图 1（%1）</translation>
    </message>
    <message>
        <source>Map 2 before BN (%1)</source>
        <translation>BN 前的图 2（%1）</translation>
    </message>
    <message>
        <source>Map 1 after BN (%1)</source>
        <translation>BN 后的图 1（%1）</translation>
    </message>
    <message>
        <source>Map 2 after BN (%1)</source>
        <translation>BN 后的图 2（%1）</translation>
    </message>
    <message>
        <source>F_unique (mean of the BN maps)</source>
        <translation>F_unique（BN 图的均值）</translation>
    </message>
    <message>
        <source>α·F_generic (batch-shared)</source>
        <translation>α·F_generic（批内共享）</translation>
    </message>
    <message>
        <source>F_expression (the sum)</source>
        <translation>F_expression（两者之和）</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>α = %1
(learned weight of the shared term; F_expression = F_unique + α·F_generic)</source>
        <translation>α = %1
（共享项的学习权重；F_expression = F_unique + α·F_generic）</translation>
    </message>
    <message>
        <source>This model is a baseline (%1): it has no ARM, so there is no de-albino kernel, no arranged or de-albino maps and no F_unique / F_generic.</source>
        <translation>此模型是基线模型（%1）：它没有 ARM，因此没有去白化卷积核、没有重排图或去白化图，也没有 F_unique / F_generic。</translation>
    </message>
    <message>
        <source>no ARM head</source>
        <translation>无 ARM 头</translation>
    </message>
    <message>
        <source>Open a dataset to inspect its images.</source>
        <translation>打开数据集以检查其图像。</translation>
    </message>
    <message>
        <source>Open a model to see its ARM internals.</source>
        <translation>打开模型以查看其 ARM 内部。</translation>
    </message>
    <message>
        <source>Select an image in the gallery.</source>
        <translation>在图库中选择一张图像。</translation>
    </message>
    <message>
        <source>Image analysis is not available in this build.</source>
        <translation>此版本不提供图像分析。</translation>
    </message>
</context>
<context>
    <name>arm::ColorBar</name>
    <message>
        <source>Colour bar</source>
        <translation>色标</translation>
    </message>
</context>
<context>
    <name>arm::ConfusionPanel</name>
    <message>
        <source>Row-normalised</source>
        <translation>按行归一化</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>True label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Click a cell to show its samples in the gallery</source>
        <translation>点击单元格以在图库中显示其样本</translation>
    </message>
    <message>
        <source>Divide each row by its number of samples</source>
        <translation>每行除以该行的样本数</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
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
        <translation>F1 值</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Per-class precision, recall and F1</source>
        <translation>各类别的精确率、召回率和 F1</translation>
    </message>
    <message>
        <source>Fraction of row</source>
        <translation>行内比例</translation>
    </message>
    <message>
        <source>No predictions yet: open a model to evaluate the dataset.</source>
        <translation>尚无预测：打开模型以评估数据集。</translation>
    </message>
    <message>
        <source>Which samples the matrix counts; the test split is the honest view of a model</source>
        <translation>矩阵统计哪些样本；测试划分才是对模型的真实评估</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>测试划分</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>验证划分</translation>
    </message>
    <message>
        <source>Train split</source>
        <translation>训练划分</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>全部划分</translation>
    </message>
    <message>
        <source>%1: %2 samples · accuracy %3% · mean class accuracy %4%</source>
        <translation>%1：%2 个样本 · 准确率 %3% · 平均类别准确率 %4%</translation>
    </message>
</context>
<context>
    <name>arm::CurvePlot</name>
    <message>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>arm::DatasetGalleryPanel</name>
    <message>
        <source>All splits</source>
        <translation>全部划分</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Show one split of the dataset</source>
        <translation>显示数据集的一个划分</translation>
    </message>
    <message>
        <source>Filter by the label in force (after edits)</source>
        <translation>按当前标签筛选（含修改）</translation>
    </message>
    <message>
        <source>Filter by the model&apos;s prediction</source>
        <translation>按模型预测筛选</translation>
    </message>
    <message>
        <source>Correct or wrong</source>
        <translation>正确或错误</translation>
    </message>
    <message>
        <source>Correct only</source>
        <translation>仅正确</translation>
    </message>
    <message>
        <source>Wrong only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Not predicted</source>
        <translation>未预测</translation>
    </message>
    <message>
        <source>Lowest confidence shown</source>
        <translation>显示的最低置信度</translation>
    </message>
    <message>
        <source>Highest confidence shown</source>
        <translation>显示的最高置信度</translation>
    </message>
    <message>
        <source>Minimum confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <source>Maximum confidence</source>
        <translation>最高置信度</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Only samples whose label was changed</source>
        <translation>仅显示标签已修改的样本</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Only samples flagged for review (F)</source>
        <translation>仅显示标记待审的样本 (F)</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Sort order of the gallery</source>
        <translation>图库排序方式</translation>
    </message>
    <message>
        <source>Dataset order</source>
        <translation>数据集顺序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Highest loss first</source>
        <translation>损失最高优先</translation>
    </message>
    <message>
        <source>Lowest confidence first</source>
        <translation>置信度最低优先</translation>
    </message>
    <message>
        <source>Smallest margin first</source>
        <translation>间隔最小优先</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Dataset gallery</source>
        <translation>数据集图库</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any prediction</source>
        <translation>任意预测</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>Cell: %1 → %2</source>
        <translation>单元格：%1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2 samples</source>
        <translation>%1 / %2 个样本</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>%1, chosen in another view, is hidden by the filter; keys 1–7 and F edit it.</source>
        <translation>%1（在其他视图中选中）被筛选条件隐藏；按键 1–7 和 F 编辑的是它。</translation>
    </message>
    <message>
        <source>Show every sample again, in dataset order</source>
        <translation>按数据集顺序重新显示所有样本</translation>
    </message>
    <message>
        <source>No dataset is open. Use File › Open Dataset, or Help › Open the Demo.</source>
        <translation>未打开数据集。请使用 文件 › 打开数据集，或 帮助 › 打开演示。</translation>
    </message>
    <message>
        <source>No sample matches these filters. Press Reset (or Esc) to show all %1 samples.</source>
        <translation>没有样本符合这些筛选条件。按“重置”（或 Esc）显示全部 %1 个样本。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>What the marks on a thumbnail mean</source>
        <translation>缩略图上各标记的含义</translation>
    </message>
    <message>
        <source>Keys 1-7 set the label of the current sample, J/K move, F flags it. On a sample with no label yet, Enter gives it the model&apos;s prediction.</source>
        <translation>按 1-7 设置当前样本的标签，J/K 移动，F 标记。对尚无标签的样本，按 Enter 采用模型的预测。</translation>
    </message>
    <message>
        <source>Not labelled yet</source>
        <translation>尚未标注</translation>
    </message>
    <message>
        <source>%1 of %2 samples, %3 not labelled yet</source>
        <translation>%1 / %2 个样本，%3 个尚未标注</translation>
    </message>
    <message>
        <source>No prediction to accept for %1: open a model, or press 1-7.</source>
        <translation>%1 没有可采用的预测：请打开模型，或按 1-7。</translation>
    </message>
</context>
<context>
    <name>arm::DemoController</name>
    <message>
        <source>Cannot prepare the demo</source>
        <translation>无法准备演示</translation>
    </message>
    <message>
        <source>Demo cancelled</source>
        <translation>演示已取消</translation>
    </message>
    <message>
        <source>Preparing the demo in %1</source>
        <translation>正在 %1 中准备演示</translation>
    </message>
</context>
<context>
    <name>arm::DemoJob</name>
    <message>
        <source>Generating the synthetic dataset</source>
        <translation>正在生成合成数据集</translation>
    </message>
    <message>
        <source>Training the demo model: epoch %1/%2, loss %3, %4 images/s</source>
        <translation>正在训练演示模型：第 %1/%2 轮，损失 %3，%4 张图像/秒</translation>
    </message>
</context>
<context>
    <name>arm::DocumentController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The open model predicts %n class(es).</source>
        <translation>
            <numerusform> 已打开的模型预测 %n 个类别。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) are not expression classes: %1. A folder dataset holds one folder per class, named after the classes (%2; see the README for the accepted spellings).%3</source>
        <translation>
            <numerusform>%n 个文件夹不是表情类别：%1。文件夹数据集每个类别一个文件夹，以类别命名（%2；可接受的写法见 README）。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the project?</source>
        <translation>关闭项目？</translation>
    </message>
    <message>
        <source>%1 closes the project %2. Its edits are saved, but its undo history is lost. Continue?</source>
        <translation>%1 会关闭项目 %2。其修改已保存，但撤销历史将丢失。是否继续？</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a dataset. %2</source>
        <translation>无法将 %1 作为数据集打开。%2</translation>
    </message>
    <message>
        <source>Opening the dataset %1</source>
        <translation>打开数据集 %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n sample(s) from %1</source>
        <translation>
            <numerusform>已从 %1 打开 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开数据集。</translation>
    </message>
    <message>
        <source>Creating the project %1</source>
        <translation>创建项目 %1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Dataset not found</source>
        <translation>未找到数据集</translation>
    </message>
    <message>
        <source>The project&apos;s dataset is no longer at %1.</source>
        <translation>项目的数据集已不在 %1。</translation>
    </message>
    <message>
        <source>Cannot relocate dataset</source>
        <translation>无法重新定位数据集</translation>
    </message>
    <message>
        <source>Opening the project %1</source>
        <translation>打开项目 %1</translation>
    </message>
    <message>
        <source>Cannot export labels</source>
        <translation>无法导出标签</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建项目。</translation>
    </message>
    <message>
        <source>Exported %1 labels (%2 changed) to %3</source>
        <translation>已将 %1 个标签（%2 个已修改）导出到 %3</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 labelled sample(s) and %n with no label yet from %2; create a project (File &gt; New Project) to label them</source>
        <translation>
            <numerusform>已从 %2 打开 %1 个已标注样本和 %n 个尚未标注的样本；请创建项目（文件 &gt; 新建项目）以标注它们</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) not labelled yet left out</source>
        <translation>
            <numerusform>已略去 %n 个尚未标注的样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) to label: keys 1-7 in the gallery, or the Relabel view; the project is %1</source>
        <translation>
            <numerusform>待标注的人脸 %n 张：在图库中按 1-7，或使用“重新标注”视图；项目为 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arm::EvaluateJob</name>
    <message>
        <source>Evaluating</source>
        <translation>正在评估</translation>
    </message>
</context>
<context>
    <name>arm::FaceImportDialog</name>
    <message>
        <source>Import Faces as Dataset</source>
        <translation>将人脸导入为数据集</translation>
    </message>
    <message>
        <source>&amp;Photos, videos and folders:</source>
        <translation>照片、视频和文件夹(&amp;P)：</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>添加文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Add F&amp;older...</source>
        <translation>添加文件夹(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation>一个新的空文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cannot import faces: %1</source>
        <translation>无法导入人脸：%1</translation>
    </message>
    <message>
        <source>Add photos, videos or folders and choose an output folder.</source>
        <translation>请添加照片、视频或文件夹，并选择输出文件夹。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n face(s) found until then were written to %1; it is not opened.</source>
        <translation>
            <numerusform>已停止。到此为止找到的 %n 张人脸已写入 %1；不会打开该数据集。</numerusform>
        </translation>
    </message>
    <message>
        <source>No face found in %1; nothing to open.</source>
        <translation>在 %1 中未找到人脸；没有可打开的内容。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>以及另外 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pgm *.ppm *.pnm *.mp4 *.avi *.mov *.mkv *.webm *.m4v *.mpg *.mpeg *.wmv);;All files (*)</source>
        <translation>照片和视频 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pgm *.ppm *.pnm *.mp4 *.avi *.mov *.mkv *.webm *.m4v *.mpg *.mpeg *.wmv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Photos or Videos</source>
        <translation>添加照片或视频</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>New Dataset Folder</source>
        <translation>新数据集文件夹</translation>
    </message>
    <message>
        <source>Every face found in the photos and videos is aligned like RAF-DB and written into a new dataset, marked as not labelled yet (label 0), which then opens.</source>
        <translation>照片和视频中找到的每张人脸都按 RAF-DB 的方式对齐，写入一个新数据集并标记为尚未标注（标签 0），然后打开该数据集。</translation>
    </message>
</context>
<context>
    <name>arm::FaceImportJob</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>约剩 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>no photo or video to import</source>
        <translation>没有可导入的照片或视频</translation>
    </message>
    <message>
        <source>Loading the face landmark model</source>
        <translation>正在加载人脸关键点模型</translation>
    </message>
    <message>
        <source>Importing faces: %1</source>
        <translation>正在导入人脸：%1</translation>
    </message>
</context>
<context>
    <name>arm::FaceOverlayView</name>
    <message>
        <source>Photo with the faces found</source>
        <translation>标出已找到人脸的照片</translation>
    </message>
</context>
<context>
    <name>arm::FacesJob</name>
    <message>
        <source>no photo or video to open</source>
        <translation>没有可打开的照片或视频</translation>
    </message>
    <message>
        <source>Loading the face landmark model</source>
        <translation>正在加载人脸关键点模型</translation>
    </message>
    <message>
        <source>only the first %1 frames are shown; open the video with fewer frames per second to see all of it</source>
        <translation>只显示前 %1 帧；若要查看全部，请以更低的每秒帧数打开该视频</translation>
    </message>
</context>
<context>
    <name>arm::FacesPanel</name>
    <message>
        <source>Click a face to inspect its aligned crop</source>
        <translation>点击人脸以检查其对齐后的裁剪图像</translation>
    </message>
    <message>
        <source>&amp;Frame:</source>
        <translation>帧(&amp;F)：</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Open photos or a video (File &gt; Open Photos or Video…) to see the faces in them and the expression the open model predicts for each.</source>
        <translation>打开照片或视频（文件 &gt; 打开照片或视频…），即可查看其中的人脸以及当前模型对每张人脸预测的表情。</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>正在查找人脸…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No face found. Faces must be near-frontal and at least %1 pixels wide.</source>
        <translation>未找到人脸。人脸需接近正面，且宽度至少为 %1 像素。</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found. Open a model to see their expressions.</source>
        <translation>
            <numerusform>找到 %n 张人脸。打开模型即可查看其表情。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found. Click a face to inspect its aligned crop.</source>
        <translation>
            <numerusform>找到 %n 张人脸。点击人脸以检查其对齐后的裁剪图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>无法查找人脸：%1</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>无预测</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 · frame %2 · %3 s</source>
        <translation>%1 · 第 %2 帧 · %3 秒</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>Expression probabilities of track %1 over time (click to see that frame)</source>
        <translation>轨迹 %1 的表情概率随时间的变化（点击可查看该帧）</translation>
    </message>
    <message>
        <source>Open a model to see the expressions over time.</source>
        <translation>打开模型即可查看表情随时间的变化。</translation>
    </message>
    <message>
        <source>No face in this frame: click a face to see its track over time.</source>
        <translation>此帧中没有人脸：点击某张人脸可查看其轨迹随时间的变化。</translation>
    </message>
    <message>
        <source>%1 · frame %2 (%3 s) · face %4 of track %5 · aligned crop</source>
        <translation>%1 · 第 %2 帧（%3 秒）· 轨迹 %5 的人脸 %4 · 对齐裁剪</translation>
    </message>
    <message>
        <source>%1 · face %2 · aligned crop</source>
        <translation>%1 · 人脸 %2 · 对齐裁剪</translation>
    </message>
</context>
<context>
    <name>arm::FileMenu</name>
    <message>
        <source>Open &amp;Dataset...</source>
        <translation>打开数据集(&amp;D)...</translation>
    </message>
    <message>
        <source>Open a RAF-DB, AffectNet or image-folder dataset (a folder)</source>
        <translation>打开 RAF-DB、AffectNet 或图像文件夹数据集（一个文件夹）</translation>
    </message>
    <message>
        <source>Open Dataset &amp;File...</source>
        <translation>打开数据集文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Open a FER2013 or AffectNet label CSV</source>
        <translation>打开 FER2013 或 AffectNet 标签 CSV</translation>
    </message>
    <message>
        <source>Open &amp;Model...</source>
        <translation>打开模型(&amp;M)...</translation>
    </message>
    <message>
        <source>Open an ARM Inspector checkpoint (.ckpt) or a PyTorch state dict (.pth)</source>
        <translation>打开 ARM Inspector 检查点 (.ckpt) 或 PyTorch 状态字典 (.pth)</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a relabelling project for the open dataset</source>
        <translation>为打开的数据集创建重新标注项目</translation>
    </message>
    <message>
        <source>Open &amp;Project...</source>
        <translation>打开项目(&amp;P)...</translation>
    </message>
    <message>
        <source>Open a relabelling project (.armproj) and its dataset</source>
        <translation>打开重新标注项目 (.armproj) 及其数据集</translation>
    </message>
    <message>
        <source>&amp;Export Labels...</source>
        <translation>导出标签(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the corrected labels in the dataset&apos;s format to a new folder</source>
        <translation>以数据集的格式将修正后的标签写入新文件夹</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>最近文件(&amp;F)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <source>Open Dataset File</source>
        <translation>打开数据集文件</translation>
    </message>
    <message>
        <source>FER2013 or AffectNet CSV (*.csv);;All files (*)</source>
        <translation>FER2013 或 AffectNet CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Models (*.ckpt *.pth *.pt);;All files (*)</source>
        <translation>模型 (*.ckpt *.pth *.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>ARM Inspector projects (*.armproj)</source>
        <translation>ARM Inspector 项目 (*.armproj)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Export Labels to New Folder</source>
        <translation>将标签导出到新文件夹</translation>
    </message>
    <message>
        <source>Open P&amp;hotos or Video...</source>
        <translation>打开照片或视频(&amp;H)...</translation>
    </message>
    <message>
        <source>Find the faces in photos or a video and show the open model&apos;s expression for each</source>
        <translation>在照片或视频中查找人脸，并显示当前模型对每张人脸预测的表情</translation>
    </message>
    <message>
        <source>&amp;Import Faces as Dataset...</source>
        <translation>将人脸导入为数据集(&amp;I)...</translation>
    </message>
    <message>
        <source>Open Photos or Video</source>
        <translation>打开照片或视频</translation>
    </message>
    <message>
        <source>Align every face of photos and videos into a new dataset, not labelled yet</source>
        <translation>将照片和视频中的每张人脸对齐后写入一个尚未标注的新数据集</translation>
    </message>
</context>
<context>
    <name>arm::GalleryDelegate</name>
    <message>
        <source>E</source>
        <comment>edited marker: label was edited</comment>
        <translation>轮</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>置信度 %1%</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>划分 %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>prediction right</source>
        <translation>预测正确</translation>
    </message>
    <message>
        <source>prediction wrong</source>
        <translation>预测错误</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>label in force</source>
        <translation>当前标签</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原标签</translation>
    </message>
    <message>
        <source>edited: the dataset&apos;s label</source>
        <translation>已编辑：数据集中的原标签</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>已标记待复核</translation>
    </message>
    <message>
        <source>bar under the image: confidence of the prediction</source>
        <translation>图像下方的条：预测置信度</translation>
    </message>
    <message>
        <source>edited, was %1</source>
        <translation>已编辑，原为 %1</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>尚无标签</translation>
    </message>
    <message>
        <source>to label: keys 1-7</source>
        <translation>待标注：按 1-7</translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation>尚未标注</translation>
    </message>
</context>
<context>
    <name>arm::GalleryModel</name>
    <message>
        <source>no label yet</source>
        <translation>尚无标签</translation>
    </message>
    <message>
        <source>none</source>
        <comment>original label of a sample labelled here</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>arm::HeatmapView</name>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Point at a cell to read its value</source>
        <translation>指向单元格以读取其数值</translation>
    </message>
    <message>
        <source>row %1, col %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>arm::HelpDialogs</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; … &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;relabel the sample shown in the Relabel view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag or unflag the sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show all samples (clear the filter)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a dataset / a model&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt;&lt;/td&gt;&lt;td&gt;larger / smaller thumbnails&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; … &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;重新标注“重新标注”视图中显示的样本&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个样本&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;标记或取消标记样本&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示全部样本（清除筛选）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开数据集 / 模型&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt;&lt;/td&gt;&lt;td&gt;更大 / 更小的缩略图&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About ARM Inspector</source>
        <translation>关于 ARM Inspector</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;Inspect, relabel and fine-tune facial-expression models built on the Amend Representation Module (Shi &amp;amp; Zhu, arXiv 2103.10189).&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n CPU thread(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;检查、重新标注并微调基于修正表示模块（Amend Representation Module，Shi &amp;amp; Zhu，arXiv 2103.10189）的面部表情模型。&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n 个 CPU 线程&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arm::ImageInspectorPanel</name>
    <message>
        <source>Computing the analysis of %1…</source>
        <translation>正在计算 %1 的分析…</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>&amp;Overlay:</source>
        <translation>叠加层(&amp;O):</translation>
    </message>
    <message>
        <source>De-albino coverage</source>
        <translation>去白化覆盖度</translation>
    </message>
    <message>
        <source>De-albino cell contributions</source>
        <translation>去白化单元贡献</translation>
    </message>
    <message>
        <source>Measured erosion</source>
        <translation>实测侵蚀</translation>
    </message>
    <message>
        <source>Analytic erosion</source>
        <translation>解析侵蚀</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加层</translation>
    </message>
    <message>
        <source>Grad-CAM class</source>
        <translation>Grad-CAM 类别</translation>
    </message>
    <message>
        <source>The class whose Grad-CAM is shown</source>
        <translation>显示其 Grad-CAM 的类别</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>不透明度(&amp;P):</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>叠加层不透明度</translation>
    </message>
    <message>
        <source>Image with analysis overlay</source>
        <translation>带分析叠加层的图像</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>类别概率</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Class probabilities (given label marked)</source>
        <translation>类别概率（已标出给定标签）</translation>
    </message>
    <message>
        <source>alone (batch of one)</source>
        <translation>单独（批大小为一）</translation>
    </message>
    <message>
        <source>This analysis is not available for this model</source>
        <translation>此模型没有这项分析</translation>
    </message>
    <message>
        <source>De-albino coverage: weight each backbone cell receives from the 32×32 kernel</source>
        <translation>去白化覆盖度：每个骨干网络单元从 32×32 卷积核获得的权重</translation>
    </message>
    <message>
        <source>Σ|kernel|</source>
        <translation>Σ|卷积核|</translation>
    </message>
    <message>
        <source>De-albino cell contributions to the “%1” logit (red raises, blue lowers)</source>
        <translation>去白化单元对“%1”logit 的贡献（红色提高，蓝色降低）</translation>
    </message>
    <message>
        <source>logit contribution</source>
        <translation>logit 贡献</translation>
    </message>
    <message>
        <source>Measured erosion: feature change when padding is replaced by reflection</source>
        <translation>实测侵蚀：用反射代替填充时特征的变化</translation>
    </message>
    <message>
        <source>relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <source>Analytic erosion: share of each receptive field that is padding</source>
        <translation>解析侵蚀：每个感受野中填充所占的比例</translation>
    </message>
    <message>
        <source>padding share</source>
        <translation>填充比例</translation>
    </message>
    <message>
        <source>Grad-CAM of “%1” (last backbone stage)</source>
        <translation>“%1”的 Grad-CAM（骨干网络最后阶段）</translation>
    </message>
    <message>
        <source> (%1% outside the image: padding)</source>
        <translation>（%1% 在图像外：填充）</translation>
    </message>
    <message>
        <source>Predicted alone: %1 (%2%) · given label: %3</source>
        <translation>单独预测：%1（%2%）· 给定标签：%3</translation>
    </message>
    <message>
        <source> · α = %1</source>
        <translation> · α = %1</translation>
    </message>
    <message>
        <source> · erosion border %1 / centre %2</source>
        <translation> · 侵蚀 边缘 %1 / 中心 %2</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source>in evaluation batch</source>
        <translation>在评估批中</translation>
    </message>
    <message>
        <source>Open a dataset to inspect its images.</source>
        <translation>打开数据集以检查其图像。</translation>
    </message>
    <message>
        <source>Open a model to analyse the images.</source>
        <translation>打开模型以分析图像。</translation>
    </message>
    <message>
        <source>Select an image in the gallery.</source>
        <translation>在图库中选择一张图像。</translation>
    </message>
    <message>
        <source>Image analysis is not available in this build.</source>
        <translation>此版本不提供图像分析。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>Cell (row %1, col %2) of the %3×%4 grid sees x %5…%6, y %7…%8 px</source>
        <translation>%3×%4 网格中的单元（第 %1 行，第 %2 列）覆盖 x %5…%6，y %7…%8 像素</translation>
    </message>
</context>
<context>
    <name>arm::InspectJob</name>
    <message>
        <source>image analysis is not available in this build</source>
        <translation>此版本不提供图像分析</translation>
    </message>
</context>
<context>
    <name>arm::Job</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>arm::LabelPicker</name>
    <message>
        <source>Give this sample the model&apos;s prediction (Enter); it stays unlabelled until you do</source>
        <translation>将模型的预测作为此样本的标签（Enter）；在此之前它保持未标注</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>采用 %1</translation>
    </message>
    <message>
        <source>Not labelled yet. The model suggests %1 (%2%): press Enter to accept it, or 1-%3 for another class.</source>
        <translation>尚未标注。模型建议 %1（%2%）：按 Enter 采用，或按 1-%3 选择其他类别。</translation>
    </message>
    <message>
        <source>Not labelled yet: press 1-%1 to label it.</source>
        <translation>尚未标注：按 1-%1 进行标注。</translation>
    </message>
</context>
<context>
    <name>arm::MainStatusBar</name>
    <message numerus="yes">
        <source>Device: %1 · %n thread(s)</source>
        <translation>
            <numerusform>设备：%1 · %n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset: %1 (%2)</source>
        <translation>数据集：%1（%2）</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>无数据集</translation>
    </message>
    <message>
        <source>Model: %1 (%2 evaluated)</source>
        <translation>模型：%1（已评估 %2 个）</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>none (bf16 would be emulated, slower than fp32)</source>
        <translation>无（bf16 将被模拟，比 fp32 慢）</translation>
    </message>
    <message numerus="yes">
        <source>%n train</source>
        <translation>
            <numerusform>%n 训练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test</source>
        <translation>
            <numerusform>%n 测试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation</source>
        <translation>
            <numerusform>%n 验证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed without a label</source>
        <translation>
            <numerusform>%n 个未带标签列出</numerusform>
        </translation>
    </message>
    <message>
        <source>bf16 (emulated)</source>
        <translation>bf16（模拟）</translation>
    </message>
    <message>
        <source>bf16 (%1)</source>
        <translation>bf16（%1）</translation>
    </message>
    <message>
        <source>CPU: %1
Native bf16: %2
Evaluations and training compute in %3 (Settings ▸ Arithmetic Precision); image analyses in fp32</source>
        <translation>CPU：%1
原生 bf16：%2
评估和训练以 %3 计算（设置 ▸ 计算精度）；图像分析使用 fp32</translation>
    </message>
</context>
<context>
    <name>arm::MainWindow</name>
    <message>
        <source>ARM Inspector</source>
        <translation>ARM Inspector</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>重新标注</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;All Samples</source>
        <translation>显示全部样本(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ARM Inspector</source>
        <translation>关于 ARM Inspector(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Read-only project: %1</source>
        <translation>只读项目：%1</translation>
    </message>
    <message>
        <source>Dataset moved</source>
        <translation>数据集已移动</translation>
    </message>
    <message>
        <source>The project&apos;s dataset is no longer at %1. Locate it now? Your edits are kept.</source>
        <translation>项目的数据集已不在 %1。现在定位它吗？您的修改会保留。</translation>
    </message>
    <message>
        <source>Locate Dataset</source>
        <translation>定位数据集</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>更大的缩略图(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>更小的缩略图(&amp;S)</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>评估失败</translation>
    </message>
    <message>
        <source>Image inspector</source>
        <translation>图像检查器</translation>
    </message>
    <message>
        <source>ARM internals</source>
        <translation>ARM 内部结构</translation>
    </message>
    <message>
        <source>Batch affinity</source>
        <translation>批次亲和度</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>Synthetic dataset and demo model (generated and trained on first use)</source>
        <translation>合成数据集和演示模型（首次使用时生成并训练）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>照片和视频</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
</context>
<context>
    <name>arm::MatrixPlot</name>
    <message>
        <source>Matrix plot</source>
        <translation>矩阵图</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1：%2 → %3：%4</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>数值：%1</translation>
    </message>
    <message>
        <source>(count %1)</source>
        <translation>（计数 %1）</translation>
    </message>
</context>
<context>
    <name>arm::ModelRecordsController</name>
    <message>
        <source>Predictions restored from the project cache</source>
        <translation>已从项目缓存恢复预测</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>评估已取消</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating the model on %n sample(s)...</source>
        <translation>
            <numerusform>正在 %n 个样本上评估模型...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n sample(s)</source>
        <translation>
            <numerusform>已评估 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>An evaluation for a model or dataset that is no longer open was discarded</source>
        <translation>已丢弃针对不再打开的模型或数据集的评估结果</translation>
    </message>
</context>
<context>
    <name>arm::OpenJob</name>
    <message>
        <source>Reading the dataset %1</source>
        <translation>正在读取数据集 %1</translation>
    </message>
    <message>
        <source>Loading the model %1</source>
        <translation>正在加载模型 %1</translation>
    </message>
</context>
<context>
    <name>arm::PanelData</name>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>train split</source>
        <translation>训练划分</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>测试划分</translation>
    </message>
    <message>
        <source>validation split</source>
        <translation>验证划分</translation>
    </message>
</context>
<context>
    <name>arm::PrecisionMenu</name>
    <message>
        <source>Arithmetic &amp;Precision</source>
        <translation>计算精度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Automatic (fp32: this CPU has no native bf16)</source>
        <translation>自动(&amp;A)（fp32：此 CPU 不支持原生 bf16）</translation>
    </message>
    <message>
        <source>&amp;Automatic (bf16: %1)</source>
        <translation>自动(&amp;A)（bf16：%1）</translation>
    </message>
    <message>
        <source>bf16 where the CPU computes it natively, fp32 elsewhere and on CUDA</source>
        <translation>CPU 原生支持时使用 bf16，其他情况及 CUDA 上使用 fp32</translation>
    </message>
    <message>
        <source>&amp;fp32 (reference)</source>
        <translation>&amp;fp32（参考）</translation>
    </message>
    <message>
        <source>32-bit floats everywhere: the numbers the reference tests check</source>
        <translation>全部使用 32 位浮点：参考测试所检查的数值</translation>
    </message>
    <message>
        <source>bfloat16 convolutions and matrix products; on a CPU without native bf16 it is emulated and slower</source>
        <translation>卷积和矩阵乘法使用 bfloat16；在不支持原生 bf16 的 CPU 上为模拟计算，速度更慢</translation>
    </message>
    <message>
        <source>Applies to evaluations and training; image analyses stay fp32</source>
        <translation>适用于评估和训练；图像分析仍使用 fp32</translation>
    </message>
    <message>
        <source>&amp;bf16 (faster where the CPU has it natively)</source>
        <translation>&amp;bf16（在原生支持 bf16 的 CPU 上更快）</translation>
    </message>
</context>
<context>
    <name>arm::ProbabilityBars</name>
    <message>
        <source>alone</source>
        <translation>单独</translation>
    </message>
    <message>
        <source>in batch</source>
        <translation>批内</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>类别概率</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>▶ %1 (label)</source>
        <translation>▶ %1（标签）</translation>
    </message>
</context>
<context>
    <name>arm::ProblemsDialog</name>
    <message>
        <source>Dataset problems</source>
        <translation>数据集问题</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 were skipped:</source>
        <translation>
            <numerusform>%1 中有 %n 个条目被跳过：</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>arm::RelabelPanel</name>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Accept all shown</source>
        <translation>接受全部显示项</translation>
    </message>
    <message>
        <source>Confident learning</source>
        <translation>置信学习</translation>
    </message>
    <message>
        <source>SCN rule (p_max - p_given &gt; delta)</source>
        <translation>SCN 规则 (p_max - p_given &gt; δ)</translation>
    </message>
    <message>
        <source>How likely label errors are found</source>
        <translation>如何查找可能的标签错误</translation>
    </message>
    <message>
        <source>SCN margin delta</source>
        <translation>SCN 间隔 δ</translation>
    </message>
    <message>
        <source>Give the selected sample the suggested label</source>
        <translation>为选中的样本设置建议的标签</translation>
    </message>
    <message>
        <source>Hide the selected suggestion</source>
        <translation>隐藏选中的建议</translation>
    </message>
    <message>
        <source>Relabel every suggestion shown, as one undo step</source>
        <translation>重新标注所有显示的建议（一次撤销步骤）</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>原标签</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Suggested label corrections</source>
        <translation>建议的标签修正</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>δ 值</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Suggestions failed: %1</source>
        <translation>建议计算失败：%1</translation>
    </message>
    <message>
        <source>No predictions yet: open a model to get suggestions.</source>
        <translation>尚无预测：打开模型以获取建议。</translation>
    </message>
    <message>
        <source>%1 suggestions (%2 shown)</source>
        <translation>%1 条建议（显示 %2 条）</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>Keys in the gallery: 1-7 set the label, J/K next/previous, F flag, Enter accepts the prediction for a sample with no label yet, Ctrl+Z undo, Ctrl+Shift+Z redo.</source>
        <translation>图库中的按键：1-7 设置标签，J/K 下一个/上一个，F 标记，Enter 为尚无标签的样本采用预测，Ctrl+Z 撤销，Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation>尚未标注</translation>
    </message>
    <message>
        <source>p(%1) %2 exceeds p(%3) %4 by more than δ %5</source>
        <translation>p(%1) %2 比 p(%3) %4 高出 δ %5 以上</translation>
    </message>
    <message>
        <source>p(%1) %2 reaches that class&apos;s threshold; p(%3) is only %4</source>
        <translation>p(%1) %2 达到该类别的阈值；p(%3) 仅为 %4</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no label yet</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Suggestions question labels the dataset already has, and it has none yet: label the faces with keys 1-7, or Enter for the model&apos;s prediction.</source>
        <translation>建议用于质疑数据集已有的标签，而该数据集尚无标签：请用 1-7 键标注人脸，或按 Enter 采用模型的预测。</translation>
    </message>
</context>
<context>
    <name>arm::SampleHeading</name>
    <message>
        <source>label %1 (edited, was %2)</source>
        <translation>标签 %1（已编辑，原为 %2）</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>predicted %1 (%2%)</source>
        <translation>预测为 %1（%2%）</translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation>尚未标注</translation>
    </message>
</context>
<context>
    <name>arm::SideBySideView</name>
    <message>
        <source>Image pair</source>
        <translation>图像对</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无图像</translation>
    </message>
</context>
<context>
    <name>arm::TimelinePlot</name>
    <message>
        <source>Expression timeline</source>
        <translation>表情时间线</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
</context>
<context>
    <name>arm::TrainJob</name>
    <message>
        <source>training is not available in this build</source>
        <translation>此版本不提供训练</translation>
    </message>
    <message>
        <source>no dataset to train on</source>
        <translation>没有可训练的数据集</translation>
    </message>
</context>
<context>
    <name>arm::TrainingPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>&amp;Load the best checkpoint as the model</source>
        <translation>将最佳检查点加载为模型(&amp;L)</translation>
    </message>
    <message>
        <source>Load the best checkpoint as the model</source>
        <translation>将最佳检查点加载为模型</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Not training.</source>
        <translation>未在训练。</translation>
    </message>
    <message>
        <source>Loss and accuracy curves</source>
        <translation>损失与准确率曲线</translation>
    </message>
    <message>
        <source>train loss (per batch)</source>
        <translation>训练损失（每批）</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>训练日志</translation>
    </message>
    <message>
        <source>Training is not available in this build.</source>
        <translation>此版本不提供训练。</translation>
    </message>
    <message>
        <source>Open a dataset to train on.</source>
        <translation>打开用于训练的数据集。</translation>
    </message>
    <message>
        <source>Train with these settings on the labels in force (relabels included)</source>
        <translation>使用这些设置在当前有效的标签上训练（包括重新标注）</translation>
    </message>
    <message>
        <source>The loaded model has %1 classes but the dataset has %2: it cannot be fine-tuned on it.</source>
        <translation>已加载的模型有 %1 个类别，而数据集有 %2 个：无法在其上微调。</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Training %1 for %2 epochs on %3 (%4, batch %5, lr %6, sampler %7), writing to %8</source>
        <translation>在 %3 上训练 %1 共 %2 轮（%4，批 %5，学习率 %6，采样器 %7），写入 %8</translation>
    </message>
    <message>
        <source>Fine-tuning from %1</source>
        <translation>从 %1 微调</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>将在当前批之后取消…</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5 · accuracy %6% · %7 images/s · ETA %8</source>
        <translation>第 %1/%2 轮 · 批 %3/%4 · 损失 %5 · 准确率 %6% · %7 图像/秒 · 剩余 %8</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, train accuracy %3%, test loss %4, test accuracy %5% (mean class %6%), %7 s</source>
        <translation>第 %1 轮：训练损失 %2，训练准确率 %3%，测试损失 %4，测试准确率 %5%（类别平均 %6%），%7 秒</translation>
    </message>
    <message>
        <source>Cancelled after %1 epochs.</source>
        <translation>在 %1 轮后取消。</translation>
    </message>
    <message>
        <source>Done: best test accuracy %1%.</source>
        <translation>完成：最佳测试准确率 %1%。</translation>
    </message>
    <message>
        <source>Training stopped.</source>
        <translation>训练已停止。</translation>
    </message>
    <message>
        <source>Problem: %1: %2</source>
        <translation>问题：%1：%2</translation>
    </message>
    <message>
        <source>Best checkpoint: %1</source>
        <translation>最佳检查点：%1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Could not load the checkpoint: %1</source>
        <translation>无法加载检查点：%1</translation>
    </message>
    <message>
        <source>The trained model is now the workspace&apos;s model.</source>
        <translation>训练好的模型现在是工作区的模型。</translation>
    </message>
    <message>
        <source>Arithmetic: %1</source>
        <translation>计算精度：%1</translation>
    </message>
</context>
<context>
    <name>arm::TrainingSettingsForm</name>
    <message>
        <source>Fine-tune the loaded model</source>
        <translation>微调已加载的模型</translation>
    </message>
    <message>
        <source>Start from the weights of the model open in the workspace instead of a fresh network</source>
        <translation>从工作区中打开的模型权重开始，而不是从新网络开始</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E):</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L):</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B):</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>&amp;Optimiser:</source>
        <translation>优化器(&amp;O):</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>随机打乱</translation>
    </message>
    <message>
        <source>Class-weighted</source>
        <translation>按类别加权</translation>
    </message>
    <message>
        <source>MRR (minority re-sampling)</source>
        <translation>MRR（少数类重采样）</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>&amp;Sampler:</source>
        <translation>采样器(&amp;S):</translation>
    </message>
    <message>
        <source>Freeze the backbone (train ARM and classifier only)</source>
        <translation>冻结骨干网络（只训练 ARM 和分类器）</translation>
    </message>
    <message>
        <source>Freeze the backbone</source>
        <translation>冻结骨干网络</translation>
    </message>
    <message>
        <source>Batch mean (authors&apos; code)</source>
        <translation>批均值（作者代码）</translation>
    </message>
    <message>
        <source>Running mean (batch-independent)</source>
        <translation>滑动均值（与批无关）</translation>
    </message>
    <message>
        <source>None (ablation)</source>
        <translation>无（消融）</translation>
    </message>
    <message>
        <source>Generic mode</source>
        <translation>通用特征模式</translation>
    </message>
    <message>
        <source>How F_generic, the term shared over the batch, is obtained</source>
        <translation>F_generic（批内共享项）的获取方式</translation>
    </message>
    <message>
        <source>&amp;Generic feature:</source>
        <translation>通用特征(&amp;G):</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>架构(&amp;A):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>&amp;Input size:</source>
        <translation>输入尺寸(&amp;I):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
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
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D):</translation>
    </message>
    <message>
        <source>folder for last.ckpt, best.ckpt and metrics.json</source>
        <translation>存放 last.ckpt、best.ckpt 和 metrics.json 的文件夹</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>输出文件夹(&amp;U):</translation>
    </message>
    <message>
        <source>Fine-tune the loaded model (no model is loaded)</source>
        <translation>微调已加载的模型（未加载模型）</translation>
    </message>
</context>
<context>
    <name>arm::Workspace</name>
    <message>
        <source>Open or create a project to relabel (File &gt; New Project).</source>
        <translation>请打开或创建项目以重新标注（文件 &gt; 新建项目）。</translation>
    </message>
    <message>
        <source>%1 is not in the project %2 (it has no label in the dataset and the project was made without such samples): create a new project to label it.</source>
        <translation>%1 不在项目 %2 中（它在数据集中没有标签，且该项目创建时不含此类样本）：请新建项目以标注它。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, relabel and fine-tune ARM facial-expression models.</source>
        <translation>检查、重新标注并微调 ARM 面部表情模型。</translation>
    </message>
    <message>
        <source>Use the user-interface language CODE (for example en, de, zh_CN).</source>
        <translation>使用界面语言 CODE（例如 en、de、zh_CN）。</translation>
    </message>
    <message>
        <source>Raise the view NAME before the screenshot (gallery, confusion, relabel, ...).</source>
        <translation>截图前将视图 NAME 置于前端（gallery、confusion、relabel 等）。</translation>
    </message>
    <message>
        <source>A project (.armproj), dataset folder or CSV, model (.ckpt, .pth), or photo or video (shown with its faces) to open.</source>
        <translation>要打开的项目 (.armproj)、数据集文件夹或 CSV、模型 (.ckpt, .pth)，或照片或视频（显示其中的人脸）。</translation>
    </message>
    <message>
        <source>Open the built-in demo: synthetic dataset and demo model (generated and trained on first use).</source>
        <translation>打开内置演示：合成数据集和演示模型（首次使用时生成并训练）。</translation>
    </message>
    <message>
        <source>Welcome to ARM Inspector</source>
        <translation>欢迎使用 ARM Inspector</translation>
    </message>
    <message>
        <source>Load the demo? It generates a small synthetic expression dataset and trains a demo model on first use (a few minutes on a CPU), then opens both.</source>
        <translation>加载演示吗？首次使用时会生成一个小型合成表情数据集并训练演示模型（在 CPU 上需要几分钟），然后打开两者。</translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit (at the size --size gives).</source>
        <translation>将主窗口渲染到 FILE 并退出（尺寸由 --size 指定）。</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT for the screenshot (default 1280x800).</source>
        <translation>截图的窗口尺寸 宽x高（默认 1280x800）。</translation>
    </message>
</context>
</TS>
