<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Relabel %n sample(s)</source>
        <translation>
            <numerusform>%n Bild umbenennen</numerusform>
            <numerusform>%n Bilder umbenennen</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel %1 as %2</source>
        <translation>%1 als %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>arm::AffinityJob</name>
    <message>
        <source>batch affinity is not available in this build</source>
        <translation>die Batch-Affinität ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>Decoding images</source>
        <translation>Bilder werden dekodiert</translation>
    </message>
    <message>
        <source>Computing affinities</source>
        <translation>Affinitäten werden berechnet</translation>
    </message>
</context>
<context>
    <name>arm::AffinityPanel</name>
    <message>
        <source>Choose a batch: the gallery selection or a stratified sample.</source>
        <translation>Wählen Sie einen Batch: die Galerie-Auswahl oder eine geschichtete Stichprobe.</translation>
    </message>
    <message>
        <source>Use &amp;gallery selection</source>
        <translation>&amp;Galerie-Auswahl verwenden</translation>
    </message>
    <message>
        <source>Use gallery selection</source>
        <translation>Galerie-Auswahl verwenden</translation>
    </message>
    <message>
        <source>Compute the affinities of the images selected in the gallery</source>
        <translation>Affinitäten der in der Galerie ausgewählten Bilder berechnen</translation>
    </message>
    <message>
        <source>&amp;Stratified sample</source>
        <translation>&amp;Geschichtete Stichprobe</translation>
    </message>
    <message>
        <source>Stratified sample</source>
        <translation>Geschichtete Stichprobe</translation>
    </message>
    <message>
        <source>Compute the affinities of a sample with the same number of images from each class</source>
        <translation>Affinitäten einer Stichprobe mit gleich vielen Bildern je Klasse berechnen</translation>
    </message>
    <message>
        <source> per class</source>
        <translation> je Klasse</translation>
    </message>
    <message>
        <source>Images per class</source>
        <translation>Bilder je Klasse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the affinity computation</source>
        <translation>Affinitätsberechnung abbrechen</translation>
    </message>
    <message>
        <source>Images: F_expression cosine</source>
        <translation>Bilder: F_expression-Kosinus</translation>
    </message>
    <message>
        <source>Images: F_unique cosine</source>
        <translation>Bilder: F_unique-Kosinus</translation>
    </message>
    <message>
        <source>Classes: mean F_expression cosine</source>
        <translation>Klassen: mittlerer F_expression-Kosinus</translation>
    </message>
    <message>
        <source>Affinity view</source>
        <translation>Affinitätsansicht</translation>
    </message>
    <message>
        <source>Affinity matrix</source>
        <translation>Affinitätsmatrix</translation>
    </message>
    <message>
        <source>Selected pair</source>
        <translation>Gewähltes Paar</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to compare the two images.</source>
        <translation>Klicken Sie auf eine Zelle der Matrix, um die beiden Bilder zu vergleichen.</translation>
    </message>
    <message>
        <source>Per-image batch dependence</source>
        <translation>Batch-Abhängigkeit je Bild</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Allein</translation>
    </message>
    <message>
        <source>In batch</source>
        <translation>Im Batch</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Gleitend</translation>
    </message>
    <message>
        <source>Shared share</source>
        <translation>Geteilter Anteil</translation>
    </message>
    <message>
        <source>Max Δp</source>
        <translation>Max. Δp</translation>
    </message>
    <message>
        <source>‖α·F_generic‖ / ‖F_expression‖: how much of the feature is the batch-shared term</source>
        <translation>‖α·F_generic‖ / ‖F_expression‖: wie viel des Merkmals der im Batch geteilte Term ist</translation>
    </message>
    <message>
        <source>Largest change of a class probability between alone and in this batch</source>
        <translation>Größte Änderung einer Klassenwahrscheinlichkeit zwischen allein und in diesem Batch</translation>
    </message>
    <message>
        <source>Prediction with the running (batch-independent) generic feature</source>
        <translation>Vorhersage mit dem gleitenden (batch-unabhängigen) generischen Merkmal</translation>
    </message>
    <message>
        <source>Select at least two images in the gallery, or use a stratified sample.</source>
        <translation>Wählen Sie mindestens zwei Bilder in der Galerie oder verwenden Sie eine geschichtete Stichprobe.</translation>
    </message>
    <message>
        <source>The selection has %1 images; the first %2 are used.</source>
        <translation>Die Auswahl hat %1 Bilder; die ersten %2 werden verwendet.</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Batch affinity is not available in this build.</source>
        <translation>Die Batch-Affinität ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>The batch needs at least two images.</source>
        <translation>Der Batch braucht mindestens zwei Bilder.</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation>%1… %2 von %3</translation>
    </message>
    <message>
        <source>Affinity failed: %1</source>
        <translation>Affinität fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Computing the affinities of %1 images…</source>
        <translation>Affinitäten von %1 Bildern werden berechnet…</translation>
    </message>
    <message>
        <source>%1 images · %2 predictions change between alone and in this batch · mean shared share %3 · %4 ms</source>
        <translation>%1 Bilder · %2 Vorhersagen ändern sich zwischen allein und diesem Batch · mittlerer geteilter Anteil %3 · %4 ms</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Mean F_expression cosine between images of two classes</source>
        <translation>Mittlerer F_expression-Kosinus zwischen Bildern zweier Klassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Cosine similarity of F_expression</source>
        <translation>Kosinus-Ähnlichkeit von F_expression</translation>
    </message>
    <message>
        <source>Cosine similarity of F_unique</source>
        <translation>Kosinus-Ähnlichkeit von F_unique</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>The prediction changes inside this batch</source>
        <translation>Die Vorhersage ändert sich in diesem Batch</translation>
    </message>
    <message>
        <source>%1: given %2, predicted alone: %3, in batch: %4</source>
        <translation>%1: gegeben %2, allein vorhergesagt: %3, im Batch: %4</translation>
    </message>
    <message>
        <source> (changes in the batch)</source>
        <translation> (ändert sich im Batch)</translation>
    </message>
    <message>
        <source>%1 · given: %2</source>
        <translation>%1 · gegeben: %2</translation>
    </message>
    <message>
        <source>Images %1 and %2: F_expression cosine %3</source>
        <translation>Bilder %1 und %2: F_expression-Kosinus %3</translation>
    </message>
    <message>
        <source>, F_unique cosine %1</source>
        <translation>, F_unique-Kosinus %1</translation>
    </message>
    <message>
        <source>Left: %1
Right: %2</source>
        <translation>Links: %1
Rechts: %2</translation>
    </message>
</context>
<context>
    <name>arm::ArmInternalsPanel</name>
    <message>
        <source>De-albino kernel</source>
        <translation>De-Albino-Kern</translation>
    </message>
    <message>
        <source>Arranged map 1</source>
        <translation>Umgeordnete Karte 1</translation>
    </message>
    <message>
        <source>Arranged map 2</source>
        <translation>Umgeordnete Karte 2</translation>
    </message>
    <message>
        <source>De-albino map 1 before BN</source>
        <translation>De-Albino-Karte 1 vor BN</translation>
    </message>
    <message>
        <source>De-albino map 2 before BN</source>
        <translation>De-Albino-Karte 2 vor BN</translation>
    </message>
    <message>
        <source>De-albino map 1 after BN</source>
        <translation>De-Albino-Karte 1 nach BN</translation>
    </message>
    <message>
        <source>De-albino map 2 after BN</source>
        <translation>De-Albino-Karte 2 nach BN</translation>
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
        <translation>Kern und umgeordnete Karten (die Backbone-Kanäle per Pixel-Shuffle zu zwei Karten)</translation>
    </message>
    <message>
        <source>De-albino maps (kernel applied with stride 8, no padding)</source>
        <translation>De-Albino-Karten (Kern mit Schrittweite 8, ohne Padding)</translation>
    </message>
    <message>
        <source>Features fed to the classifier (one colour range for all three)</source>
        <translation>Merkmale für den Klassifikator (ein Farbbereich für alle drei)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>Analyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>De-albino kernel (%1)</source>
        <translation>De-Albino-Kern (%1)</translation>
    </message>
    <message>
        <source>Arranged map 1 (%1)</source>
        <translation>Umgeordnete Karte 1 (%1)</translation>
    </message>
    <message>
        <source>Arranged map 2 (%1)</source>
        <translation>Umgeordnete Karte 2 (%1)</translation>
    </message>
    <message>
        <source>Map 1 before BN (%1)</source>
        <translation>Karte 1 vor BN (%1)</translation>
    </message>
    <message>
        <source>Map 2 before BN (%1)</source>
        <translation>Karte 2 vor BN (%1)</translation>
    </message>
    <message>
        <source>Map 1 after BN (%1)</source>
        <translation>Karte 1 nach BN (%1)</translation>
    </message>
    <message>
        <source>Map 2 after BN (%1)</source>
        <translation>Karte 2 nach BN (%1)</translation>
    </message>
    <message>
        <source>F_unique (mean of the BN maps)</source>
        <translation>F_unique (Mittel der BN-Karten)</translation>
    </message>
    <message>
        <source>α·F_generic (batch-shared)</source>
        <translation>α·F_generic (im Batch geteilt)</translation>
    </message>
    <message>
        <source>F_expression (the sum)</source>
        <translation>F_expression (die Summe)</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>α = %1
(learned weight of the shared term; F_expression = F_unique + α·F_generic)</source>
        <translation>α = %1
(gelerntes Gewicht des geteilten Terms; F_expression = F_unique + α·F_generic)</translation>
    </message>
    <message>
        <source>This model is a baseline (%1): it has no ARM, so there is no de-albino kernel, no arranged or de-albino maps and no F_unique / F_generic.</source>
        <translation>Dieses Modell ist eine Baseline (%1): Es hat kein ARM, also keinen De-Albino-Kern, keine umgeordneten oder De-Albino-Karten und kein F_unique / F_generic.</translation>
    </message>
    <message>
        <source>no ARM head</source>
        <translation>kein ARM-Kopf</translation>
    </message>
    <message>
        <source>Open a dataset to inspect its images.</source>
        <translation>Öffnen Sie einen Datensatz, um seine Bilder zu untersuchen.</translation>
    </message>
    <message>
        <source>Open a model to see its ARM internals.</source>
        <translation>Öffnen Sie ein Modell, um sein ARM-Innenleben zu sehen.</translation>
    </message>
    <message>
        <source>Select an image in the gallery.</source>
        <translation>Wählen Sie ein Bild in der Galerie.</translation>
    </message>
    <message>
        <source>Image analysis is not available in this build.</source>
        <translation>Die Bildanalyse ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>arm::ColorBar</name>
    <message>
        <source>Colour bar</source>
        <translation>Farbskala</translation>
    </message>
</context>
<context>
    <name>arm::CurvePlot</name>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
</context>
<context>
    <name>arm::GalleryDelegate</name>
    <message>
        <source>E</source>
        <comment>edited marker: label was edited</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>vorhergesagt %1</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>Konfidenz %1 %</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>Aufteilung %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
</context>
<context>
    <name>arm::HeatmapView</name>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Point at a cell to read its value</source>
        <translation>Zeigen Sie auf eine Zelle, um ihren Wert zu lesen</translation>
    </message>
    <message>
        <source>row %1, col %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>arm::ImageInspectorPanel</name>
    <message>
        <source>Computing the analysis of %1…</source>
        <translation>Analyse von %1 wird berechnet…</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>Analyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Overlay:</source>
        <translation>&amp;Überlagerung:</translation>
    </message>
    <message>
        <source>De-albino coverage</source>
        <translation>De-Albino-Abdeckung</translation>
    </message>
    <message>
        <source>De-albino cell contributions</source>
        <translation>Beiträge der De-Albino-Zellen</translation>
    </message>
    <message>
        <source>Measured erosion</source>
        <translation>Gemessene Erosion</translation>
    </message>
    <message>
        <source>Analytic erosion</source>
        <translation>Analytische Erosion</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagerung</translation>
    </message>
    <message>
        <source>Grad-CAM class</source>
        <translation>Grad-CAM-Klasse</translation>
    </message>
    <message>
        <source>The class whose Grad-CAM is shown</source>
        <translation>Die Klasse, deren Grad-CAM gezeigt wird</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>&amp;Deckkraft:</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Deckkraft der Überlagerung</translation>
    </message>
    <message>
        <source>Image with analysis overlay</source>
        <translation>Bild mit Analyse-Überlagerung</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>Class probabilities (given label marked)</source>
        <translation>Klassenwahrscheinlichkeiten (gegebenes Label markiert)</translation>
    </message>
    <message>
        <source>alone (batch of one)</source>
        <translation>allein (Batch aus einem Bild)</translation>
    </message>
    <message>
        <source>This analysis is not available for this model</source>
        <translation>Diese Analyse ist für dieses Modell nicht verfügbar</translation>
    </message>
    <message>
        <source>De-albino coverage: weight each backbone cell receives from the 32×32 kernel</source>
        <translation>De-Albino-Abdeckung: Gewicht, das jede Backbone-Zelle vom 32×32-Kern erhält</translation>
    </message>
    <message>
        <source>Σ|kernel|</source>
        <translation>Σ|Kern|</translation>
    </message>
    <message>
        <source>De-albino cell contributions to the “%1” logit (red raises, blue lowers)</source>
        <translation>Beiträge der De-Albino-Zellen zum Logit „%1“ (Rot erhöht, Blau senkt)</translation>
    </message>
    <message>
        <source>logit contribution</source>
        <translation>Logit-Beitrag</translation>
    </message>
    <message>
        <source>Measured erosion: feature change when padding is replaced by reflection</source>
        <translation>Gemessene Erosion: Merkmalsänderung, wenn Padding durch Spiegelung ersetzt wird</translation>
    </message>
    <message>
        <source>relative change</source>
        <translation>relative Änderung</translation>
    </message>
    <message>
        <source>Analytic erosion: share of each receptive field that is padding</source>
        <translation>Analytische Erosion: Anteil jedes rezeptiven Felds, der Padding ist</translation>
    </message>
    <message>
        <source>padding share</source>
        <translation>Padding-Anteil</translation>
    </message>
    <message>
        <source>Grad-CAM of “%1” (last backbone stage)</source>
        <translation>Grad-CAM von „%1“ (letzte Backbone-Stufe)</translation>
    </message>
    <message>
        <source>Cell (row %1, col %2) of %3×%4: %5</source>
        <translation>Zelle (Zeile %1, Spalte %2) von %3×%4: %5</translation>
    </message>
    <message>
        <source>Receptive field: x %1…%2, y %3…%4 px</source>
        <translation>Rezeptives Feld: x %1…%2, y %3…%4 px</translation>
    </message>
    <message>
        <source> (%1% outside the image: padding)</source>
        <translation> (%1 % außerhalb des Bildes: Padding)</translation>
    </message>
    <message>
        <source>Predicted alone: %1 (%2%) · given label: %3</source>
        <translation>Allein vorhergesagt: %1 (%2 %) · gegebenes Label: %3</translation>
    </message>
    <message>
        <source> · α = %1</source>
        <translation> · α = %1</translation>
    </message>
    <message>
        <source> · erosion border %1 / centre %2</source>
        <translation> · Erosion Rand %1 / Mitte %2</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source>in evaluation batch</source>
        <translation>im Evaluations-Batch</translation>
    </message>
    <message>
        <source>Open a dataset to inspect its images.</source>
        <translation>Öffnen Sie einen Datensatz, um seine Bilder zu untersuchen.</translation>
    </message>
    <message>
        <source>Open a model to analyse the images.</source>
        <translation>Öffnen Sie ein Modell, um die Bilder zu analysieren.</translation>
    </message>
    <message>
        <source>Select an image in the gallery.</source>
        <translation>Wählen Sie ein Bild in der Galerie.</translation>
    </message>
    <message>
        <source>Image analysis is not available in this build.</source>
        <translation>Die Bildanalyse ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pixel x %1, y %2: %3</source>
        <translation>Pixel x %1, y %2: %3</translation>
    </message>
</context>
<context>
    <name>arm::InspectJob</name>
    <message>
        <source>image analysis is not available in this build</source>
        <translation>die Bildanalyse ist in diesem Build nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>arm::Job</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
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
    <name>arm::MatrixPlot</name>
    <message>
        <source>Matrix plot</source>
        <translation>Matrixdiagramm</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1: %2 → %3: %4</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>(count %1)</source>
        <translation>(Anzahl %1)</translation>
    </message>
</context>
<context>
    <name>arm::PanelData</name>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>arm::ProbabilityBars</name>
    <message>
        <source>alone</source>
        <translation>allein</translation>
    </message>
    <message>
        <source>in batch</source>
        <translation>im Batch</translation>
    </message>
    <message>
        <source>Class probabilities</source>
        <translation>Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>▶ %1 (label)</source>
        <translation>▶ %1 (Label)</translation>
    </message>
</context>
<context>
    <name>arm::SideBySideView</name>
    <message>
        <source>Image pair</source>
        <translation>Bildpaar</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>arm::TrainJob</name>
    <message>
        <source>training is not available in this build</source>
        <translation>Training ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>no dataset to train on</source>
        <translation>kein Datensatz zum Trainieren</translation>
    </message>
</context>
<context>
    <name>arm::TrainingPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Training abbrechen</translation>
    </message>
    <message>
        <source>&amp;Load the best checkpoint as the model</source>
        <translation>Besten Checkpoint als Modell &amp;laden</translation>
    </message>
    <message>
        <source>Load the best checkpoint as the model</source>
        <translation>Besten Checkpoint als Modell laden</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Not training.</source>
        <translation>Kein Training aktiv.</translation>
    </message>
    <message>
        <source>Loss and accuracy curves</source>
        <translation>Verlust- und Genauigkeitskurven</translation>
    </message>
    <message>
        <source>train loss (per batch)</source>
        <translation>Trainingsverlust (je Batch)</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>Training is not available in this build.</source>
        <translation>Training ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Open a dataset to train on.</source>
        <translation>Öffnen Sie einen Datensatz zum Trainieren.</translation>
    </message>
    <message>
        <source>Train with these settings on the labels in force (relabels included)</source>
        <translation>Mit diesen Einstellungen auf den gültigen Labels trainieren (Umbenennungen eingeschlossen)</translation>
    </message>
    <message>
        <source>The loaded model has %1 classes but the dataset has %2: it cannot be fine-tuned on it.</source>
        <translation>Das geladene Modell hat %1 Klassen, der Datensatz %2: Es kann darauf nicht feinabgestimmt werden.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Training %1 for %2 epochs on %3 (%4, batch %5, lr %6, sampler %7), writing to %8</source>
        <translation>Trainiere %1 für %2 Epochen auf %3 (%4, Batch %5, Lernrate %6, Sampler %7), schreibe nach %8</translation>
    </message>
    <message>
        <source>Fine-tuning from %1</source>
        <translation>Feinabstimmung ausgehend von %1</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Abbruch nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5 · accuracy %6% · %7 images/s · ETA %8</source>
        <translation>Epoche %1/%2 · Batch %3/%4 · Verlust %5 · Genauigkeit %6 % · %7 Bilder/s · Rest %8</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, train accuracy %3%, test loss %4, test accuracy %5% (mean class %6%), %7 s</source>
        <translation>Epoche %1: Trainingsverlust %2, Trainingsgenauigkeit %3 %, Testverlust %4, Testgenauigkeit %5 % (Klassenmittel %6 %), %7 s</translation>
    </message>
    <message>
        <source>Cancelled after %1 epochs.</source>
        <translation>Nach %1 Epochen abgebrochen.</translation>
    </message>
    <message>
        <source>Done: best test accuracy %1%.</source>
        <translation>Fertig: beste Testgenauigkeit %1 %.</translation>
    </message>
    <message>
        <source>Training stopped.</source>
        <translation>Training beendet.</translation>
    </message>
    <message>
        <source>Problem: %1: %2</source>
        <translation>Problem: %1: %2</translation>
    </message>
    <message>
        <source>Best checkpoint: %1</source>
        <translation>Bester Checkpoint: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the checkpoint: %1</source>
        <translation>Der Checkpoint konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The trained model is now the workspace&apos;s model.</source>
        <translation>Das trainierte Modell ist jetzt das Modell des Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>arm::TrainingSettingsForm</name>
    <message>
        <source>Fine-tune the loaded model</source>
        <translation>Geladenes Modell feinabstimmen</translation>
    </message>
    <message>
        <source>Start from the weights of the model open in the workspace instead of a fresh network</source>
        <translation>Mit den Gewichten des im Arbeitsbereich geöffneten Modells beginnen statt mit einem neuen Netz</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>&amp;Optimiser:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Zufällig mischen</translation>
    </message>
    <message>
        <source>Class-weighted</source>
        <translation>Klassengewichtet</translation>
    </message>
    <message>
        <source>MRR (minority re-sampling)</source>
        <translation>MRR (Minderheiten-Resampling)</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>&amp;Sampler:</source>
        <translation>&amp;Sampler:</translation>
    </message>
    <message>
        <source>Freeze the backbone (train ARM and classifier only)</source>
        <translation>Backbone einfrieren (nur ARM und Klassifikator trainieren)</translation>
    </message>
    <message>
        <source>Freeze the backbone</source>
        <translation>Backbone einfrieren</translation>
    </message>
    <message>
        <source>Batch mean (authors&apos; code)</source>
        <translation>Batch-Mittelwert (Code der Autoren)</translation>
    </message>
    <message>
        <source>Running mean (batch-independent)</source>
        <translation>Gleitender Mittelwert (batch-unabhängig)</translation>
    </message>
    <message>
        <source>None (ablation)</source>
        <translation>Keiner (Ablation)</translation>
    </message>
    <message>
        <source>Generic mode</source>
        <translation>Generischer Modus</translation>
    </message>
    <message>
        <source>How F_generic, the term shared over the batch, is obtained</source>
        <translation>Wie F_generic, der über den Batch geteilte Term, bestimmt wird</translation>
    </message>
    <message>
        <source>&amp;Generic feature:</source>
        <translation>&amp;Generisches Merkmal:</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>&amp;Architektur:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>&amp;Input size:</source>
        <translation>&amp;Eingabegröße:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA device %1</source>
        <translation>CUDA-Gerät %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>folder for last.ckpt, best.ckpt and metrics.json</source>
        <translation>Ordner für last.ckpt, best.ckpt und metrics.json</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>O&amp;utput folder:</source>
        <translation>A&amp;usgabeordner:</translation>
    </message>
    <message>
        <source>Fine-tune the loaded model (no model is loaded)</source>
        <translation>Geladenes Modell feinabstimmen (kein Modell geladen)</translation>
    </message>
</context>
<context>
    <name>arm::Workspace</name>
    <message>
        <source>Open or create a project to relabel (File &gt; New Project).</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, um umzubenennen (Datei &gt; Neues Projekt).</translation>
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
