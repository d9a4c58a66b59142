<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>arm::ColorBar</name>
    <message>
        <source>Colour bar</source>
        <translation>色标</translation>
    </message>
</context>
<context>
    <name>arm::MainWindow</name>
    <message>
        <source>ARM Inspector</source>
        <translation>ARM Inspector</translation>
    </message>
    <message>
        <source>Open a dataset and a model to begin.</source>
        <translation>请打开一个数据集和一个模型以开始。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
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
</context>
</TS>
