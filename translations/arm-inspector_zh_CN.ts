<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>%1 samples · accuracy %2% · mean class accuracy %3%</source>
        <translation>%1 个样本 · 准确率 %2% · 平均类别准确率 %3%</translation>
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
        <source>Show every sample again</source>
        <translation>重新显示全部样本</translation>
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
        <source>Keys 1-7 set the label of the current sample, J/K move, F flags it.</source>
        <translation>按键 1-7 设置当前样本的标签，J/K 移动，F 标记。</translation>
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
    <name>arm::EvaluateJob</name>
    <message>
        <source>Evaluating</source>
        <translation>正在评估</translation>
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
    <name>arm::Job</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
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
        <source>Open &amp;Dataset...</source>
        <translation>打开数据集(&amp;D)...</translation>
    </message>
    <message>
        <source>Open a RAF-DB, FER2013, AffectNet or image-folder dataset</source>
        <translation>打开 RAF-DB、FER2013、AffectNet 或图像文件夹数据集</translation>
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
        <source>Read-only project: %1</source>
        <translation>只读项目：%1</translation>
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
        <source>Cannot open dataset</source>
        <translation>无法打开数据集</translation>
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
        <source>Predictions restored from the project cache</source>
        <translation>已从项目缓存恢复预测</translation>
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
        <source>Cannot relocate dataset</source>
        <translation>无法重新定位数据集</translation>
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
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
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
        <source>About ARM Inspector</source>
        <translation>关于 ARM Inspector</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;Inspect, relabel and fine-tune facial-expression models built on the Amend Representation Module (Shi &amp;amp; Zhu, arXiv 2103.10189).&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n CPU thread(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;检查、重新标注并微调基于修正表示模块（Amend Representation Module，Shi &amp;amp; Zhu，arXiv 2103.10189）的面部表情模型。&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n 个 CPU 线程&lt;/p&gt;</numerusform>
        </translation>
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
        <source>Evaluation cancelled</source>
        <translation>评估已取消</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating the model on %n sample(s)...</source>
        <translation>
            <numerusform>正在 %n 个样本上评估模型...</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>Evaluated %n sample(s)</source>
        <translation>
            <numerusform>已评估 %n 个样本</numerusform>
        </translation>
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
        <source>Keys in the gallery: 1-7 set the label, J/K next/previous, F flag, Ctrl+Z undo, Ctrl+Shift+Z redo.</source>
        <translation>图库中的按键：1-7 设置标签，J/K 下一个/上一个，F 标记，Ctrl+Z 撤销，Ctrl+Shift+Z 重做。</translation>
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
    <name>arm::Workspace</name>
    <message>
        <source>Open or create a project to relabel (File &gt; New Project).</source>
        <translation>请打开或创建项目以重新标注（文件 &gt; 新建项目）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, relabel and fine-tune ARM facial-expression models.</source>
        <translation>检查、重新标注并微调 ARM 面部表情模型。</translation>
    </message>
    <message>
        <source>Render the main window at 1280x800 to FILE and exit.</source>
        <translation>将主窗口以 1280x800 渲染到 FILE 并退出。</translation>
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
        <source>A project (.armproj), dataset folder or CSV, or model (.ckpt, .pth) to open.</source>
        <translation>要打开的项目 (.armproj)、数据集文件夹或 CSV，或模型 (.ckpt, .pth)。</translation>
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
</context>
</TS>
