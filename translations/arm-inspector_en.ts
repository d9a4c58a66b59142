<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassNames</name>
    <message>
        <source>Surprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disgust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::AffinityJob</name>
    <message>
        <source>batch affinity is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing affinities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::AffinityPanel</name>
    <message>
        <source>Choose a batch: the gallery selection or a stratified sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;gallery selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use gallery selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the affinities of the images selected in the gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stratified sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the affinities of a sample with the same number of images from each class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the affinity computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: F_expression cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images: F_unique cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes: mean F_expression cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affinity view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affinity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the matrix to compare the two images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-image batch dependence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max Δp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖α·F_generic‖ / ‖F_expression‖: how much of the feature is the batch-shared term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest change of a class probability between alone and in this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction with the running (batch-independent) generic feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two images in the gallery, or use a stratified sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection has %1 images; the first %2 are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch affinity is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch needs at least two images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affinity failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the affinities of %1 images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images · %2 predictions change between alone and in this batch · mean shared share %3 · %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean F_expression cosine between images of two classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity of F_expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity of F_unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction changes inside this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given %2, predicted alone: %3, in batch: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changes in the batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · given: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images %1 and %2: F_expression cosine %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, F_unique cosine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: %1
Right: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::ArmInternalsPanel</name>
    <message>
        <source>De-albino kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged map 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged map 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino map 1 before BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino map 2 before BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino map 1 after BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino map 2 after BN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F_unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α·F_generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F_expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel and arranged maps (the backbone&apos;s channels pixel-shuffled into two maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino maps (kernel applied with stride 8, no padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features fed to the classifier (one colour range for all three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino kernel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged map 1 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged map 2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map 1 before BN (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map 2 before BN (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map 1 after BN (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map 2 after BN (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F_unique (mean of the BN maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α·F_generic (batch-shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F_expression (the sum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α = %1
(learned weight of the shared term; F_expression = F_unique + α·F_generic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is a baseline (%1): it has no ARM, so there is no de-albino kernel, no arranged or de-albino maps and no F_unique / F_generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ARM head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset to inspect its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to see its ARM internals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image in the gallery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image analysis is not available in this build.</source>
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
        <source>Which samples the matrix counts; the test split is the honest view of a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 samples · accuracy %3% · mean class accuracy %4%</source>
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
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset gallery</source>
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
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen in another view, is hidden by the filter; keys 1–7 and F edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every sample again, in dataset order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset is open. Use File › Open Dataset, or Help › Open the Demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample matches these filters. Press Reset (or Esc) to show all %1 samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the marks on a thumbnail mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys 1-7 set the label of the current sample, J/K move, F flags it. On a sample with no label yet, Enter gives it the model&apos;s prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 samples, %3 not labelled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prediction to accept for %1: open a model, or press 1-7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::DemoController</name>
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
    <name>arm::DocumentController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The open model predicts %n class(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) are not expression classes: %1. A folder dataset holds one folder per class, named after the classes (%2; see the README for the accepted spellings).%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes the project %2. Its edits are saved, but its undo history is lost. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a dataset. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the dataset %1</source>
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
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the project %1</source>
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
        <source>Cannot relocate dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the project %1</source>
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
    <message numerus="yes">
        <source>Opened %1 labelled sample(s) and %n with no label yet from %2; create a project (File &gt; New Project) to label them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) not labelled yet left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) to label: keys 1-7 in the gallery, or the Relabel view; the project is %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>arm::FaceImportDialog</name>
    <message>
        <source>Import Faces as Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photos, videos and folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import faces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos, videos or folders and choose an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n face(s) found until then were written to %1; it is not opened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No face found in %1; nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pgm *.ppm *.pnm *.mp4 *.avi *.mov *.mkv *.webm *.m4v *.mpg *.mpeg *.wmv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos or Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every face found in the photos and videos is aligned like RAF-DB and written into a new dataset, marked as not labelled yet (label 0), which then opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::FaceImportJob</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photo or video to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the face landmark model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing faces: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::FaceOverlayView</name>
    <message>
        <source>Photo with the faces found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::FacesJob</name>
    <message>
        <source>no photo or video to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the face landmark model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %1 frames are shown; open the video with fewer frames per second to see all of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::FacesPanel</name>
    <message>
        <source>Click a face to inspect its aligned crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open photos or a video (File &gt; Open Photos or Video…) to see the faces in them and the expression the open model predicts for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face found. Faces must be near-frontal and at least %1 pixels wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found. Open a model to see their expressions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found. Click a face to inspect its aligned crop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · frame %2 · %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression probabilities of track %1 over time (click to see that frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to see the expressions over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face in this frame: click a face to see its track over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · frame %2 (%3 s) · face %4 of track %5 · aligned crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · face %2 · aligned crop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::FileMenu</name>
    <message>
        <source>Open &amp;Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a RAF-DB, AffectNet or image-folder dataset (a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset &amp;File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a FER2013 or AffectNet label CSV</source>
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
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FER2013 or AffectNet CSV (*.csv);;All files (*)</source>
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
        <source>Open P&amp;hotos or Video...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the faces in photos or a video and show the open model&apos;s expression for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Faces as Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Photos or Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align every face of photos and videos into a new dataset, not labelled yet</source>
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
    <message>
        <source>prediction right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited: the dataset&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar under the image: confidence of the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited, was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to label: keys 1-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::GalleryModel</name>
    <message>
        <source>no label yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>original label of a sample labelled here</comment>
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
    <name>arm::HelpDialogs</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; … &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;relabel the sample shown in the Relabel view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag or unflag the sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show all samples (clear the filter)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a dataset / a model&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt;&lt;/td&gt;&lt;td&gt;larger / smaller thumbnails&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
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
</context>
<context>
    <name>arm::ImageInspectorPanel</name>
    <message>
        <source>Computing the analysis of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino cell contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured erosion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytic erosion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class whose Grad-CAM is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image with analysis overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class probabilities (given label marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alone (batch of one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This analysis is not available for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino coverage: weight each backbone cell receives from the 32×32 kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ|kernel|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-albino cell contributions to the “%1” logit (red raises, blue lowers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logit contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured erosion: feature change when padding is replaced by reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytic erosion: share of each receptive field that is padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM of “%1” (last backbone stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1% outside the image: padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted alone: %1 (%2%) · given label: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · α = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · erosion border %1 / centre %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in evaluation batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset to inspect its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to analyse the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image in the gallery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image analysis is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell (row %1, col %2) of the %3×%4 grid sees x %5…%6, y %7…%8 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::InspectJob</name>
    <message>
        <source>image analysis is not available in this build</source>
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
    <name>arm::LabelPicker</name>
    <message>
        <source>Give this sample the model&apos;s prediction (Enter); it stays unlabelled until you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled yet. The model suggests %1 (%2%): press Enter to accept it, or 1-%3 for another class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not labelled yet: press 1-%1 to label it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::MainStatusBar</name>
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
        <source>none (bf16 would be emulated, slower than fp32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n train</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed without a label</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>bf16 (emulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1
Native bf16: %2
Evaluations and training compute in %3 (Settings ▸ Arithmetic Precision); image analyses in fp32</source>
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
    <message>
        <source>Read-only project: %1</source>
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
        <source>Image inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARM internals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch affinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic dataset and demo model (generated and trained on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
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
    <name>arm::ModelRecordsController</name>
    <message>
        <source>Predictions restored from the project cache</source>
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
    <message numerus="yes">
        <source>Evaluated %n sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An evaluation for a model or dataset that is no longer open was discarded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::OpenJob</name>
    <message>
        <source>Reading the dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::PanelData</name>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::PrecisionMenu</name>
    <message>
        <source>Arithmetic &amp;Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (fp32: this CPU has no native bf16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (bf16: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 where the CPU computes it natively, fp32 elsewhere and on CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;fp32 (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit floats everywhere: the numbers the reference tests check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bfloat16 convolutions and matrix products; on a CPU without native bf16 it is emulated and slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to evaluations and training; image analyses stay fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bf16 (faster where the CPU has it natively)</source>
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
    <message>
        <source>Keys in the gallery: 1-7 set the label, J/K next/previous, F flag, Enter accepts the prediction for a sample with no label yet, Ctrl+Z undo, Ctrl+Shift+Z redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(%1) %2 exceeds p(%3) %4 by more than δ %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(%1) %2 reaches that class&apos;s threshold; p(%3) is only %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no label yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions question labels the dataset already has, and it has none yet: label the faces with keys 1-7, or Enter for the model&apos;s prediction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::SampleHeading</name>
    <message>
        <source>label %1 (edited, was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not labelled yet</source>
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
    <name>arm::TimelinePlot</name>
    <message>
        <source>Expression timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::TrainJob</name>
    <message>
        <source>training is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset to train on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::TrainingPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the best checkpoint as the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the best checkpoint as the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss (per batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train with these settings on the labels in force (relabels included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loaded model has %1 classes but the dataset has %2: it cannot be fine-tuned on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 for %2 epochs on %3 (%4, batch %5, lr %6, sampler %7), writing to %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5 · accuracy %6% · %7 images/s · ETA %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, train accuracy %3%, test loss %4, test accuracy %5% (mean class %6%), %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: best test accuracy %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model is now the workspace&apos;s model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::TrainingSettingsForm</name>
    <message>
        <source>Fine-tune the loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the weights of the model open in the workspace instead of a fresh network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR (minority re-sampling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sampler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the backbone (train ARM and classifier only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch mean (authors&apos; code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running mean (batch-independent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (ablation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How F_generic, the term shared over the batch, is obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generic feature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for last.ckpt, best.ckpt and metrics.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune the loaded model (no model is loaded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>arm::Workspace</name>
    <message>
        <source>Open or create a project to relabel (File &gt; New Project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the project %2 (it has no label in the dataset and the project was made without such samples): create a new project to label it.</source>
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
        <source>Use the user-interface language CODE (for example en, de, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the view NAME before the screenshot (gallery, confusion, relabel, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project (.armproj), dataset folder or CSV, model (.ckpt, .pth), or photo or video (shown with its faces) to open.</source>
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
    <message>
        <source>Render the main window to FILE and exit (at the size --size gives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT for the screenshot (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
