<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Relabel %n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::ColorBar</name>
    <message>
        <source>Colour bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::ConfusionPanel</name>
    <message>
        <source>Row-normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to show its samples in the gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide each row by its number of samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-class precision, recall and F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions yet: open a model to evaluate the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples · accuracy %2% · mean class accuracy %3%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::CurvePlot</name>
    <message>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::DatasetGalleryPanel</name>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one split of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by the label in force (after edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by the model&apos;s prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest confidence shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest confidence shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only samples whose label was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only samples flagged for review (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order of the gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest loss first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest confidence first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest margin first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every sample again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1-7 set the label of the current sample, J/K move, F flags it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::DemoJob</name>
    <message>
        <source>Generating the synthetic dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the demo model: epoch %1/%2, loss %3, %4 images/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::EvaluateJob</name>
    <message>
        <source>Evaluating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::GalleryDelegate</name>
    <message>
        <source>E</source>
        <comment>edited marker: label was edited</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::HeatmapView</name>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a cell to read its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, col %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::Job</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::MainWindow</name>
    <message>
        <source>ARM Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a RAF-DB, FER2013, AffectNet or image-folder dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ARM Inspector checkpoint (.ckpt) or a PyTorch state dict (.pth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a relabelling project for the open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a relabelling project (.armproj) and its dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Labels...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the corrected labels in the dataset&apos;s format to a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ARM Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Device: %1 · %n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 (%2 evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n sample(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions restored from the project cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s dataset is no longer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s dataset is no longer at %1. Locate it now? Your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot relocate dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 labels (%2 changed) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.ckpt *.pth *.pt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARM Inspector projects (*.armproj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Labels to New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ARM Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;Inspect, relabel and fine-tune facial-expression models built on the Amend Representation Module (Shi &amp;amp; Zhu, arXiv 2103.10189).&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n CPU thread(s)&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluating the model on %n sample(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot prepare the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arm::MatrixPlot</name>
    <message>
        <source>Matrix plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(count %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::ProbabilityBars</name>
    <message>
        <source>alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1 (label)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::ProblemsDialog</name>
    <message>
        <source>Dataset problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 were skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::RelabelPanel</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confident learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN rule (p_max - p_given &gt; delta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely label errors are found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN margin delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected sample the suggested label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel every suggestion shown, as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested label corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the gallery: 1-7 set the label, J/K next/previous, F flag, Ctrl+Z undo, Ctrl+Shift+Z redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions yet: open a model to get suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestions (%2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::SideBySideView</name>
    <message>
        <source>Image pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::Workspace</name>
    <message>
        <source>Open or create a project to relabel (File &gt; New Project).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, relabel and fine-tune ARM facial-expression models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window at 1280x800 to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the user-interface language CODE (for example en, de, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the view NAME before the screenshot (gallery, confusion, relabel, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project (.armproj), dataset folder or CSV, or model (.ckpt, .pth) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo: synthetic dataset and demo model (generated and trained on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ARM Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo? It generates a small synthetic expression dataset and trains a demo model on first use (a few minutes on a CPU), then opens both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
