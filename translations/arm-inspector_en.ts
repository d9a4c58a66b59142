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
        <source>Cell (row %1, col %2) of %3×%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptive field: x %1…%2, y %3…%4 px</source>
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
        <source>Pixel x %1, y %2: %3</source>
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
    <name>arm::MainWindow</name>
    <message>
        <source>ARM Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset and a model to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
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
    <name>arm::PanelData</name>
    <message>
        <source>class %1</source>
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
</context>
</TS>
