<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>arm::ColorBar</name>
    <message>
        <source>Colour bar</source>
        <translation>Farbskala</translation>
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
        <translation>Öffnen Sie einen Datensatz und ein Modell, um zu beginnen.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, relabel and fine-tune ARM facial-expression models.</source>
        <translation>ARM-Modelle für Gesichtsausdrücke untersuchen, neu beschriften und nachtrainieren.</translation>
    </message>
    <message>
        <source>Render the main window at 1280x800 to FILE and exit.</source>
        <translation>Das Hauptfenster in 1280x800 nach FILE rendern und beenden.</translation>
    </message>
    <message>
        <source>Use the user-interface language CODE (for example en, de, zh_CN).</source>
        <translation>Die Sprache CODE für die Benutzeroberfläche verwenden (zum Beispiel en, de, zh_CN).</translation>
    </message>
</context>
</TS>
