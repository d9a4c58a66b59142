<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClassNames</name>
    <message>
        <source>Surprise</source>
        <translation>Überraschung</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Disgust</source>
        <translation>Ekel</translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation>Freude</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Wut</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Contempt</source>
        <translation>Verachtung</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Relabel %n sample(s)</source>
        <translation>
            <numerusform>%n Probe neu beschriften</numerusform>
            <numerusform>%n Proben neu beschriften</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel %1 as %2</source>
        <translation>%1 als %2 neu beschriften</translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation>%1 markieren</translation>
    </message>
    <message>
        <source>Unflag %1</source>
        <translation>Markierung von %1 entfernen</translation>
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
    <name>arm::ConfusionPanel</name>
    <message>
        <source>Row-normalised</source>
        <translation>Zeilennormiert</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>True label</source>
        <translation>Wahres Label</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Click a cell to show its samples in the gallery</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Beispiele in der Galerie zu zeigen</translation>
    </message>
    <message>
        <source>Divide each row by its number of samples</source>
        <translation>Jede Zeile durch ihre Anzahl an Beispielen teilen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1-Maß</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Per-class precision, recall and F1</source>
        <translation>Präzision, Trefferquote und F1 je Klasse</translation>
    </message>
    <message>
        <source>Fraction of row</source>
        <translation>Anteil der Zeile</translation>
    </message>
    <message>
        <source>No predictions yet: open a model to evaluate the dataset.</source>
        <translation>Noch keine Vorhersagen: Öffnen Sie ein Modell, um den Datensatz auszuwerten.</translation>
    </message>
    <message>
        <source>Which samples the matrix counts; the test split is the honest view of a model</source>
        <translation>Welche Beispiele die Matrix zählt; die Test-Teilmenge ist die ehrliche Sicht auf ein Modell</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Test split</source>
        <translation>Test-Teilmenge</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Validierungs-Teilmenge</translation>
    </message>
    <message>
        <source>Train split</source>
        <translation>Trainings-Teilmenge</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Alle Teilmengen</translation>
    </message>
    <message>
        <source>%1: %2 samples · accuracy %3% · mean class accuracy %4%</source>
        <translation>%1: %2 Beispiele · Genauigkeit %3% · mittlere Klassengenauigkeit %4%</translation>
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
    <name>arm::DatasetGalleryPanel</name>
    <message>
        <source>All splits</source>
        <translation>Alle Teilmengen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Show one split of the dataset</source>
        <translation>Eine Teilmenge des Datensatzes zeigen</translation>
    </message>
    <message>
        <source>Filter by the label in force (after edits)</source>
        <translation>Nach dem geltenden Label filtern (nach Änderungen)</translation>
    </message>
    <message>
        <source>Filter by the model&apos;s prediction</source>
        <translation>Nach der Vorhersage des Modells filtern</translation>
    </message>
    <message>
        <source>Correct or wrong</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <source>Correct only</source>
        <translation>Nur richtige</translation>
    </message>
    <message>
        <source>Wrong only</source>
        <translation>Nur falsche</translation>
    </message>
    <message>
        <source>Not predicted</source>
        <translation>Nicht vorhergesagt</translation>
    </message>
    <message>
        <source>Lowest confidence shown</source>
        <translation>Niedrigste gezeigte Konfidenz</translation>
    </message>
    <message>
        <source>Highest confidence shown</source>
        <translation>Höchste gezeigte Konfidenz</translation>
    </message>
    <message>
        <source>Minimum confidence</source>
        <translation>Mindestkonfidenz</translation>
    </message>
    <message>
        <source>Maximum confidence</source>
        <translation>Höchstkonfidenz</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Only samples whose label was changed</source>
        <translation>Nur Beispiele mit geändertem Label</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Only samples flagged for review (F)</source>
        <translation>Nur zur Prüfung markierte Beispiele (F)</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Sort order of the gallery</source>
        <translation>Sortierung der Galerie</translation>
    </message>
    <message>
        <source>Dataset order</source>
        <translation>Reihenfolge im Datensatz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Highest loss first</source>
        <translation>Höchster Verlust zuerst</translation>
    </message>
    <message>
        <source>Lowest confidence first</source>
        <translation>Niedrigste Konfidenz zuerst</translation>
    </message>
    <message>
        <source>Smallest margin first</source>
        <translation>Kleinster Abstand zuerst</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Dataset gallery</source>
        <translation>Datensatz-Galerie</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Jedes Label</translation>
    </message>
    <message>
        <source>Any prediction</source>
        <translation>Jede Vorhersage</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation>Vorhergesagt: %1</translation>
    </message>
    <message>
        <source>Cell: %1 → %2</source>
        <translation>Zelle: %1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2 samples</source>
        <translation>%1 von %2 Beispielen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>%1, chosen in another view, is hidden by the filter; keys 1–7 and F edit it.</source>
        <translation>%1, in einer anderen Ansicht gewählt, ist durch den Filter ausgeblendet; die Tasten 1–7 und F bearbeiten diese Probe.</translation>
    </message>
    <message>
        <source>Show every sample again, in dataset order</source>
        <translation>Wieder alle Beispiele zeigen, in Datensatz-Reihenfolge</translation>
    </message>
    <message>
        <source>No dataset is open. Use File › Open Dataset, or Help › Open the Demo.</source>
        <translation>Kein Datensatz geöffnet. Datei › Datensatz öffnen wählen, oder Hilfe › Demo öffnen.</translation>
    </message>
    <message>
        <source>No sample matches these filters. Press Reset (or Esc) to show all %1 samples.</source>
        <translation>Kein Beispiel passt zu diesen Filtern. Zurücksetzen (oder Esc) zeigt alle %1 Beispiele.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>What the marks on a thumbnail mean</source>
        <translation>Was die Zeichen auf einem Vorschaubild bedeuten</translation>
    </message>
    <message>
        <source>Keys 1-7 set the label of the current sample, J/K move, F flags it. On a sample with no label yet, Enter gives it the model&apos;s prediction.</source>
        <translation>Die Tasten 1-7 setzen das Label des aktuellen Beispiels, J/K wechseln, F markiert es. Bei einem Beispiel ohne Label übernimmt Enter die Vorhersage des Modells.</translation>
    </message>
    <message>
        <source>Not labelled yet</source>
        <translation>Noch ohne Label</translation>
    </message>
    <message>
        <source>%1 of %2 samples, %3 not labelled yet</source>
        <translation>%1 von %2 Beispielen, %3 noch ohne Label</translation>
    </message>
    <message>
        <source>No prediction to accept for %1: open a model, or press 1-7.</source>
        <translation>Keine Vorhersage für %1 zu übernehmen: Öffnen Sie ein Modell oder drücken Sie 1-7.</translation>
    </message>
</context>
<context>
    <name>arm::DemoController</name>
    <message>
        <source>Cannot prepare the demo</source>
        <translation>Demo kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Demo cancelled</source>
        <translation>Demo abgebrochen</translation>
    </message>
    <message>
        <source>Preparing the demo in %1</source>
        <translation>Demo wird in %1 vorbereitet</translation>
    </message>
</context>
<context>
    <name>arm::DemoJob</name>
    <message>
        <source>Generating the synthetic dataset</source>
        <translation>Synthetischer Datensatz wird erzeugt</translation>
    </message>
    <message>
        <source>Training the demo model: epoch %1/%2, loss %3, %4 images/s</source>
        <translation>Demo-Modell wird trainiert: Epoche %1/%2, Verlust %3, %4 Bilder/s</translation>
    </message>
</context>
<context>
    <name>arm::DocumentController</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> The open model predicts %n class(es).</source>
        <translation>
            <numerusform> Das geöffnete Modell sagt %n Klasse vorher.</numerusform>
            <numerusform> Das geöffnete Modell sagt %n Klassen vorher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) are not expression classes: %1. A folder dataset holds one folder per class, named after the classes (%2; see the README for the accepted spellings).%3</source>
        <translation>
            <numerusform>%n Ordner ist keine Ausdrucksklasse: %1. Ein Ordner-Datensatz enthält einen Ordner pro Klasse, benannt nach den Klassen (%2; zulässige Schreibweisen im README).%3</numerusform>
            <numerusform>%n Ordner sind keine Ausdrucksklassen: %1. Ein Ordner-Datensatz enthält einen Ordner pro Klasse, benannt nach den Klassen (%2; zulässige Schreibweisen im README).%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the project?</source>
        <translation>Projekt schließen?</translation>
    </message>
    <message>
        <source>%1 closes the project %2. Its edits are saved, but its undo history is lost. Continue?</source>
        <translation>%1 schließt das Projekt %2. Seine Änderungen sind gespeichert, aber der Rückgängig-Verlauf geht verloren. Fortfahren?</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a dataset. %2</source>
        <translation>%1 kann nicht als Datensatz geöffnet werden. %2</translation>
    </message>
    <message>
        <source>Opening the dataset %1</source>
        <translation>Das Öffnen des Datensatzes %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n sample(s) from %1</source>
        <translation>
            <numerusform>%n Beispiel aus %1 geöffnet</numerusform>
            <numerusform>%n Beispiele aus %1 geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <source>Creating the project %1</source>
        <translation>Das Anlegen des Projekts %1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Dataset not found</source>
        <translation>Datensatz nicht gefunden</translation>
    </message>
    <message>
        <source>The project&apos;s dataset is no longer at %1.</source>
        <translation>Der Datensatz des Projekts liegt nicht mehr unter %1.</translation>
    </message>
    <message>
        <source>Cannot relocate dataset</source>
        <translation>Datensatz kann nicht neu zugeordnet werden</translation>
    </message>
    <message>
        <source>Opening the project %1</source>
        <translation>Das Öffnen des Projekts %1</translation>
    </message>
    <message>
        <source>Cannot export labels</source>
        <translation>Labels können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Exported %1 labels (%2 changed) to %3</source>
        <translation>%1 Labels (%2 geändert) nach %3 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 labelled sample(s) and %n with no label yet from %2; create a project (File &gt; New Project) to label them</source>
        <translation>
            <numerusform>%1 Beispiele mit Label und %n ohne Label aus %2 geöffnet; erstellen Sie ein Projekt (Datei &gt; Neues Projekt), um es zu beschriften</numerusform>
            <numerusform>%1 Beispiele mit Label und %n ohne Label aus %2 geöffnet; erstellen Sie ein Projekt (Datei &gt; Neues Projekt), um sie zu beschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) not labelled yet left out</source>
        <translation>
            <numerusform>%n Beispiel ohne Label ausgelassen</numerusform>
            <numerusform>%n Beispiele ohne Label ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) to label: keys 1-7 in the gallery, or the Relabel view; the project is %1</source>
        <translation>
            <numerusform>%n Gesicht zu beschriften: Tasten 1-7 in der Galerie oder die Ansicht „Neu beschriften“; das Projekt ist %1</numerusform>
            <numerusform>%n Gesichter zu beschriften: Tasten 1-7 in der Galerie oder die Ansicht „Neu beschriften“; das Projekt ist %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arm::EvaluateJob</name>
    <message>
        <source>Evaluating</source>
        <translation>Auswertung läuft</translation>
    </message>
</context>
<context>
    <name>arm::FaceImportDialog</name>
    <message>
        <source>Import Faces as Dataset</source>
        <translation>Gesichter als Datensatz importieren</translation>
    </message>
    <message>
        <source>&amp;Photos, videos and folders:</source>
        <translation>&amp;Fotos, Videos und Ordner:</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>&amp;Dateien hinzufügen...</translation>
    </message>
    <message>
        <source>Add F&amp;older...</source>
        <translation>&amp;Ordner hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>a new, empty folder</source>
        <translation>ein neuer, leerer Ordner</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Wählen...</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cannot import faces: %1</source>
        <translation>Gesichter können nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Add photos, videos or folders and choose an output folder.</source>
        <translation>Fügen Sie Fotos, Videos oder Ordner hinzu und wählen Sie einen Zielordner.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n face(s) found until then were written to %1; it is not opened.</source>
        <translation>
            <numerusform>Angehalten. %n bis dahin gefundenes Gesicht wurde nach %1 geschrieben; der Datensatz wird nicht geöffnet.</numerusform>
            <numerusform>Angehalten. %n bis dahin gefundene Gesichter wurden nach %1 geschrieben; der Datensatz wird nicht geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No face found in %1; nothing to open.</source>
        <translation>Kein Gesicht in %1 gefunden; nichts zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>und %n weiteres Problem</numerusform>
            <numerusform>und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pgm *.ppm *.pnm *.mp4 *.avi *.mov *.mkv *.webm *.m4v *.mpg *.mpeg *.wmv);;All files (*)</source>
        <translation>Fotos und Videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pgm *.ppm *.pnm *.mp4 *.avi *.mov *.mkv *.webm *.m4v *.mpg *.mpeg *.wmv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Photos or Videos</source>
        <translation>Fotos oder Videos hinzufügen</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>New Dataset Folder</source>
        <translation>Neuer Datensatzordner</translation>
    </message>
    <message>
        <source>Every face found in the photos and videos is aligned like RAF-DB and written into a new dataset, marked as not labelled yet (label 0), which then opens.</source>
        <translation>Jedes in den Fotos und Videos gefundene Gesicht wird wie bei RAF-DB ausgerichtet und in einen neuen Datensatz geschrieben, als noch nicht beschriftet markiert (Label 0); danach wird er geöffnet.</translation>
    </message>
</context>
<context>
    <name>arm::FaceImportJob</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>no photo or video to import</source>
        <translation>kein Foto und kein Video zum Importieren</translation>
    </message>
    <message>
        <source>Loading the face landmark model</source>
        <translation>Das Modell der Gesichtsmerkmalspunkte wird geladen</translation>
    </message>
    <message>
        <source>Importing faces: %1</source>
        <translation>Gesichter werden importiert: %1</translation>
    </message>
</context>
<context>
    <name>arm::FaceOverlayView</name>
    <message>
        <source>Photo with the faces found</source>
        <translation>Foto mit den gefundenen Gesichtern</translation>
    </message>
</context>
<context>
    <name>arm::FacesJob</name>
    <message>
        <source>no photo or video to open</source>
        <translation>kein Foto und kein Video zum Öffnen</translation>
    </message>
    <message>
        <source>Loading the face landmark model</source>
        <translation>Das Modell der Gesichtsmerkmalspunkte wird geladen</translation>
    </message>
    <message>
        <source>only the first %1 frames are shown; open the video with fewer frames per second to see all of it</source>
        <translation>nur die ersten %1 Bilder werden gezeigt; öffnen Sie das Video mit weniger Bildern pro Sekunde, um alles zu sehen</translation>
    </message>
</context>
<context>
    <name>arm::FacesPanel</name>
    <message>
        <source>Click a face to inspect its aligned crop</source>
        <translation>Klicken Sie auf ein Gesicht, um seinen ausgerichteten Ausschnitt zu untersuchen</translation>
    </message>
    <message>
        <source>&amp;Frame:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Open photos or a video (File &gt; Open Photos or Video…) to see the faces in them and the expression the open model predicts for each.</source>
        <translation>Öffnen Sie Fotos oder ein Video (Datei &gt; Fotos oder Video öffnen…), um die Gesichter darin und den vom geöffneten Modell vorhergesagten Ausdruck jedes Gesichts zu sehen.</translation>
    </message>
    <message>
        <source>Finding faces…</source>
        <translation>Gesichter werden gesucht…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No face found. Faces must be near-frontal and at least %1 pixels wide.</source>
        <translation>Kein Gesicht gefunden. Gesichter müssen annähernd frontal und mindestens %1 Pixel breit sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found. Open a model to see their expressions.</source>
        <translation>
            <numerusform>%n Gesicht gefunden. Öffnen Sie ein Modell, um seinen Ausdruck zu sehen.</numerusform>
            <numerusform>%n Gesichter gefunden. Öffnen Sie ein Modell, um ihre Ausdrücke zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found. Click a face to inspect its aligned crop.</source>
        <translation>
            <numerusform>%n Gesicht gefunden. Klicken Sie darauf, um seinen ausgerichteten Ausschnitt zu untersuchen.</numerusform>
            <numerusform>%n Gesichter gefunden. Klicken Sie auf ein Gesicht, um seinen ausgerichteten Ausschnitt zu untersuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot find faces: %1</source>
        <translation>Gesichter können nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>keine Vorhersage</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 · frame %2 · %3 s</source>
        <translation>%1 · Bild %2 · %3 s</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Expression probabilities of track %1 over time (click to see that frame)</source>
        <translation>Ausdruckswahrscheinlichkeiten von Spur %1 über die Zeit (Klick zeigt das Bild)</translation>
    </message>
    <message>
        <source>Open a model to see the expressions over time.</source>
        <translation>Öffnen Sie ein Modell, um die Ausdrücke über die Zeit zu sehen.</translation>
    </message>
    <message>
        <source>No face in this frame: click a face to see its track over time.</source>
        <translation>Kein Gesicht in diesem Bild: Klicken Sie auf ein Gesicht, um seine Spur über die Zeit zu sehen.</translation>
    </message>
    <message>
        <source>%1 · frame %2 (%3 s) · face %4 of track %5 · aligned crop</source>
        <translation>%1 · Bild %2 (%3 s) · Gesicht %4 der Spur %5 · ausgerichteter Ausschnitt</translation>
    </message>
    <message>
        <source>%1 · face %2 · aligned crop</source>
        <translation>%1 · Gesicht %2 · ausgerichteter Ausschnitt</translation>
    </message>
</context>
<context>
    <name>arm::FileMenu</name>
    <message>
        <source>Open &amp;Dataset...</source>
        <translation>&amp;Datensatz öffnen...</translation>
    </message>
    <message>
        <source>Open a RAF-DB, AffectNet or image-folder dataset (a folder)</source>
        <translation>Einen RAF-DB-, AffectNet- oder Bildordner-Datensatz öffnen (ein Ordner)</translation>
    </message>
    <message>
        <source>Open Dataset &amp;File...</source>
        <translation>Datensatz-&amp;Datei öffnen...</translation>
    </message>
    <message>
        <source>Open a FER2013 or AffectNet label CSV</source>
        <translation>Eine FER2013- oder AffectNet-Label-CSV öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Model...</source>
        <translation>&amp;Modell öffnen...</translation>
    </message>
    <message>
        <source>Open an ARM Inspector checkpoint (.ckpt) or a PyTorch state dict (.pth)</source>
        <translation>Einen ARM Inspector-Checkpoint (.ckpt) oder ein PyTorch-state-dict (.pth) öffnen</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>Create a relabelling project for the open dataset</source>
        <translation>Ein Umbenennungsprojekt für den geöffneten Datensatz anlegen</translation>
    </message>
    <message>
        <source>Open &amp;Project...</source>
        <translation>&amp;Projekt öffnen...</translation>
    </message>
    <message>
        <source>Open a relabelling project (.armproj) and its dataset</source>
        <translation>Ein Umbenennungsprojekt (.armproj) und seinen Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;Export Labels...</source>
        <translation>Labels &amp;exportieren...</translation>
    </message>
    <message>
        <source>Write the corrected labels in the dataset&apos;s format to a new folder</source>
        <translation>Die korrigierten Labels im Format des Datensatzes in einen neuen Ordner schreiben</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation>Datensatz-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Dataset File</source>
        <translation>Datensatz-Datei öffnen</translation>
    </message>
    <message>
        <source>FER2013 or AffectNet CSV (*.csv);;All files (*)</source>
        <translation>FER2013- oder AffectNet-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Models (*.ckpt *.pth *.pt);;All files (*)</source>
        <translation>Modelle (*.ckpt *.pth *.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>ARM Inspector projects (*.armproj)</source>
        <translation>ARM Inspector-Projekte (*.armproj)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Export Labels to New Folder</source>
        <translation>Labels in neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>Open P&amp;hotos or Video...</source>
        <translation>&amp;Fotos oder Video öffnen...</translation>
    </message>
    <message>
        <source>Find the faces in photos or a video and show the open model&apos;s expression for each</source>
        <translation>Die Gesichter in Fotos oder einem Video finden und den Ausdruck zeigen, den das geöffnete Modell für jedes vorhersagt</translation>
    </message>
    <message>
        <source>&amp;Import Faces as Dataset...</source>
        <translation>Gesichter als Datensatz &amp;importieren...</translation>
    </message>
    <message>
        <source>Open Photos or Video</source>
        <translation>Fotos oder Video öffnen</translation>
    </message>
    <message>
        <source>Align every face of photos and videos into a new dataset, not labelled yet</source>
        <translation>Jedes Gesicht aus Fotos und Videos ausgerichtet in einen neuen, noch nicht beschrifteten Datensatz schreiben</translation>
    </message>
</context>
<context>
    <name>arm::GalleryDelegate</name>
    <message>
        <source>E</source>
        <comment>edited marker: label was edited</comment>
        <translation>E</translation>
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
        <translation>Konfidenz %1%</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>Teilmenge %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>prediction right</source>
        <translation>Vorhersage richtig</translation>
    </message>
    <message>
        <source>prediction wrong</source>
        <translation>Vorhersage falsch</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>oben rechts</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>unten links</translation>
    </message>
    <message>
        <source>label in force</source>
        <translation>geltendes Label</translation>
    </message>
    <message>
        <source>original</source>
        <translation>ursprünglich</translation>
    </message>
    <message>
        <source>edited: the dataset&apos;s label</source>
        <translation>bearbeitet: das Label des Datensatzes</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>zur Prüfung markiert</translation>
    </message>
    <message>
        <source>bar under the image: confidence of the prediction</source>
        <translation>Balken unter dem Bild: Konfidenz der Vorhersage</translation>
    </message>
    <message>
        <source>edited, was %1</source>
        <translation>bearbeitet, vorher %1</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>to label: keys 1-7</source>
        <translation>zu beschriften: Tasten 1-7</translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation>noch ohne Label</translation>
    </message>
</context>
<context>
    <name>arm::GalleryModel</name>
    <message>
        <source>no label yet</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>none</source>
        <comment>original label of a sample labelled here</comment>
        <translation>keins</translation>
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
    <name>arm::HelpDialogs</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; … &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;relabel the sample shown in the Relabel view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag or unflag the sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show all samples (clear the filter)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a dataset / a model&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl++&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt;&lt;/td&gt;&lt;td&gt;larger / smaller thumbnails&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt; … &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die in der Ansicht „Neu beschriften“ gezeigte Probe neu beschriften&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächste / vorige Probe&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Probe markieren oder Markierung entfernen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rückgängig / wiederholen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;alle Proben zeigen (Filter löschen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Datensatz / Modell öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg++&lt;/b&gt; / &lt;b&gt;Strg+-&lt;/b&gt;&lt;/td&gt;&lt;td&gt;größere / kleinere Vorschaubilder&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About ARM Inspector</source>
        <translation>Über ARM Inspector</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;Inspect, relabel and fine-tune facial-expression models built on the Amend Representation Module (Shi &amp;amp; Zhu, arXiv 2103.10189).&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n CPU thread(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;Gesichtsausdrucksmodelle auf Basis des Amend Representation Module (Shi &amp;amp; Zhu, arXiv 2103.10189) untersuchen, neu beschriften und feinabstimmen.&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n CPU-Thread&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;ARM Inspector %1&lt;/h3&gt;&lt;p&gt;Gesichtsausdrucksmodelle auf Basis des Amend Representation Module (Shi &amp;amp; Zhu, arXiv 2103.10189) untersuchen, neu beschriften und feinabstimmen.&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3 · %n CPU-Threads&lt;/p&gt;</numerusform>
        </translation>
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
        <source>Cell (row %1, col %2) of the %3×%4 grid sees x %5…%6, y %7…%8 px</source>
        <translation>Zelle (Zeile %1, Spalte %2) des %3×%4-Rasters sieht x %5…%6, y %7…%8 px</translation>
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
    <name>arm::LabelPicker</name>
    <message>
        <source>Give this sample the model&apos;s prediction (Enter); it stays unlabelled until you do</source>
        <translation>Diesem Beispiel die Vorhersage des Modells geben (Enter); bis dahin bleibt es ohne Label</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>Not labelled yet. The model suggests %1 (%2%): press Enter to accept it, or 1-%3 for another class.</source>
        <translation>Noch ohne Label. Das Modell schlägt %1 vor (%2%): Enter übernimmt es, 1-%3 wählt eine andere Klasse.</translation>
    </message>
    <message>
        <source>Not labelled yet: press 1-%1 to label it.</source>
        <translation>Noch ohne Label: Drücken Sie 1-%1, um es zu beschriften.</translation>
    </message>
</context>
<context>
    <name>arm::MainStatusBar</name>
    <message numerus="yes">
        <source>Device: %1 · %n thread(s)</source>
        <translation>
            <numerusform>Gerät: %1 · %n Thread</numerusform>
            <numerusform>Gerät: %1 · %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset: %1 (%2)</source>
        <translation>Datensatz: %1 (%2)</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <source>Model: %1 (%2 evaluated)</source>
        <translation>Modell: %1 (%2 ausgewertet)</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>none (bf16 would be emulated, slower than fp32)</source>
        <translation>keines (bf16 würde emuliert, langsamer als fp32)</translation>
    </message>
    <message numerus="yes">
        <source>%n train</source>
        <translation>
            <numerusform>%n Training</numerusform>
            <numerusform>%n Training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test</source>
        <translation>
            <numerusform>%n Test</numerusform>
            <numerusform>%n Test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation</source>
        <translation>
            <numerusform>%n Validierung</numerusform>
            <numerusform>%n Validierung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed without a label</source>
        <translation>
            <numerusform>%n ohne Label aufgeführt</numerusform>
            <numerusform>%n ohne Label aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>bf16 (emulated)</source>
        <translation>bf16 (emuliert)</translation>
    </message>
    <message>
        <source>bf16 (%1)</source>
        <translation>bf16 (%1)</translation>
    </message>
    <message>
        <source>CPU: %1
Native bf16: %2
Evaluations and training compute in %3 (Settings ▸ Arithmetic Precision); image analyses in fp32</source>
        <translation>CPU: %1
Natives bf16: %2
Auswertungen und Training rechnen in %3 (Einstellungen ▸ Rechengenauigkeit); Bildanalysen in fp32</translation>
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
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Neu beschriften</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Show &amp;All Samples</source>
        <translation>&amp;Alle Beispiele zeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ARM Inspector</source>
        <translation>&amp;Über ARM Inspector</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Read-only project: %1</source>
        <translation>Schreibgeschütztes Projekt: %1</translation>
    </message>
    <message>
        <source>Dataset moved</source>
        <translation>Datensatz verschoben</translation>
    </message>
    <message>
        <source>The project&apos;s dataset is no longer at %1. Locate it now? Your edits are kept.</source>
        <translation>Der Datensatz des Projekts liegt nicht mehr unter %1. Jetzt suchen? Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Locate Dataset</source>
        <translation>Datensatz suchen</translation>
    </message>
    <message>
        <source>&amp;Larger Thumbnails</source>
        <translation>&amp;Größere Vorschaubilder</translation>
    </message>
    <message>
        <source>&amp;Smaller Thumbnails</source>
        <translation>&amp;Kleinere Vorschaubilder</translation>
    </message>
    <message>
        <source>Evaluation failed</source>
        <translation>Auswertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image inspector</source>
        <translation>Bildinspektor</translation>
    </message>
    <message>
        <source>ARM internals</source>
        <translation>ARM-Interna</translation>
    </message>
    <message>
        <source>Batch affinity</source>
        <translation>Batch-Affinität</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Synthetic dataset and demo model (generated and trained on first use)</source>
        <translation>Synthetischer Datensatz und Demo-Modell (beim ersten Mal erzeugt und trainiert)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Fotos und Video</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
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
    <name>arm::ModelRecordsController</name>
    <message>
        <source>Predictions restored from the project cache</source>
        <translation>Vorhersagen aus dem Projekt-Cache wiederhergestellt</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>Auswertung abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating the model on %n sample(s)...</source>
        <translation>
            <numerusform>Modell wird auf %n Beispiel ausgewertet...</numerusform>
            <numerusform>Modell wird auf %n Beispielen ausgewertet...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n sample(s)</source>
        <translation>
            <numerusform>%n Beispiel ausgewertet</numerusform>
            <numerusform>%n Beispiele ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>An evaluation for a model or dataset that is no longer open was discarded</source>
        <translation>Eine Auswertung für ein Modell oder einen Datensatz, der nicht mehr geöffnet ist, wurde verworfen</translation>
    </message>
</context>
<context>
    <name>arm::OpenJob</name>
    <message>
        <source>Reading the dataset %1</source>
        <translation>Datensatz %1 wird gelesen</translation>
    </message>
    <message>
        <source>Loading the model %1</source>
        <translation>Modell %1 wird geladen</translation>
    </message>
</context>
<context>
    <name>arm::PanelData</name>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>train split</source>
        <translation>Trainings-Teilmenge</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>Test-Teilmenge</translation>
    </message>
    <message>
        <source>validation split</source>
        <translation>Validierungs-Teilmenge</translation>
    </message>
</context>
<context>
    <name>arm::PrecisionMenu</name>
    <message>
        <source>Arithmetic &amp;Precision</source>
        <translation>Rechen&amp;genauigkeit</translation>
    </message>
    <message>
        <source>&amp;Automatic (fp32: this CPU has no native bf16)</source>
        <translation>&amp;Automatisch (fp32: diese CPU hat kein natives bf16)</translation>
    </message>
    <message>
        <source>&amp;Automatic (bf16: %1)</source>
        <translation>&amp;Automatisch (bf16: %1)</translation>
    </message>
    <message>
        <source>bf16 where the CPU computes it natively, fp32 elsewhere and on CUDA</source>
        <translation>bf16, wo die CPU es nativ rechnet, sonst und auf CUDA fp32</translation>
    </message>
    <message>
        <source>&amp;fp32 (reference)</source>
        <translation>&amp;fp32 (Referenz)</translation>
    </message>
    <message>
        <source>32-bit floats everywhere: the numbers the reference tests check</source>
        <translation>Überall 32-Bit-Gleitkommazahlen: die Werte, die die Referenztests prüfen</translation>
    </message>
    <message>
        <source>bfloat16 convolutions and matrix products; on a CPU without native bf16 it is emulated and slower</source>
        <translation>Faltungen und Matrixprodukte in bfloat16; auf einer CPU ohne natives bf16 emuliert und langsamer</translation>
    </message>
    <message>
        <source>Applies to evaluations and training; image analyses stay fp32</source>
        <translation>Gilt für Auswertungen und Training; Bildanalysen bleiben fp32</translation>
    </message>
    <message>
        <source>&amp;bf16 (faster where the CPU has it natively)</source>
        <translation>&amp;bf16 (schneller, wo die CPU es nativ rechnet)</translation>
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
    <name>arm::ProblemsDialog</name>
    <message>
        <source>Dataset problems</source>
        <translation>Probleme im Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 were skipped:</source>
        <translation>
            <numerusform>%n Eintrag von %1 wurde übersprungen:</numerusform>
            <numerusform>%n Einträge von %1 wurden übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>arm::RelabelPanel</name>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept all shown</source>
        <translation>Alle gezeigten übernehmen</translation>
    </message>
    <message>
        <source>Confident learning</source>
        <translation>Confident Learning</translation>
    </message>
    <message>
        <source>SCN rule (p_max - p_given &gt; delta)</source>
        <translation>SCN-Regel (p_max - p_given &gt; Delta)</translation>
    </message>
    <message>
        <source>How likely label errors are found</source>
        <translation>Wie wahrscheinliche Labelfehler gefunden werden</translation>
    </message>
    <message>
        <source>SCN margin delta</source>
        <translation>SCN-Abstand Delta</translation>
    </message>
    <message>
        <source>Give the selected sample the suggested label</source>
        <translation>Dem gewählten Beispiel das vorgeschlagene Label geben</translation>
    </message>
    <message>
        <source>Hide the selected suggestion</source>
        <translation>Den gewählten Vorschlag ausblenden</translation>
    </message>
    <message>
        <source>Relabel every suggestion shown, as one undo step</source>
        <translation>Alle gezeigten Vorschläge übernehmen (neu beschriften), als ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Suggested label corrections</source>
        <translation>Vorgeschlagene Labelkorrekturen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta-Wert</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Suggestions failed: %1</source>
        <translation>Vorschläge fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No predictions yet: open a model to get suggestions.</source>
        <translation>Noch keine Vorhersagen: Öffnen Sie ein Modell, um Vorschläge zu erhalten.</translation>
    </message>
    <message>
        <source>%1 suggestions (%2 shown)</source>
        <translation>%1 Vorschläge (%2 gezeigt)</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Keys in the gallery: 1-7 set the label, J/K next/previous, F flag, Enter accepts the prediction for a sample with no label yet, Ctrl+Z undo, Ctrl+Shift+Z redo.</source>
        <translation>Tasten in der Galerie: 1-7 setzen das Label, J/K nächstes/vorheriges, F markieren, Enter übernimmt die Vorhersage für ein Beispiel ohne Label, Strg+Z rückgängig, Strg+Umschalt+Z wiederholen.</translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation>noch ohne Label</translation>
    </message>
    <message>
        <source>p(%1) %2 exceeds p(%3) %4 by more than δ %5</source>
        <translation>p(%1) %2 übersteigt p(%3) %4 um mehr als δ %5</translation>
    </message>
    <message>
        <source>p(%1) %2 reaches that class&apos;s threshold; p(%3) is only %4</source>
        <translation>p(%1) %2 erreicht die Schwelle dieser Klasse; p(%3) ist nur %4</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no label yet</comment>
        <translation>keins</translation>
    </message>
    <message>
        <source>Suggestions question labels the dataset already has, and it has none yet: label the faces with keys 1-7, or Enter for the model&apos;s prediction.</source>
        <translation>Vorschläge hinterfragen Labels, die der Datensatz schon hat, und er hat noch keine: Beschriften Sie die Gesichter mit den Tasten 1-7 oder mit Enter für die Vorhersage des Modells.</translation>
    </message>
</context>
<context>
    <name>arm::SampleHeading</name>
    <message>
        <source>label %1 (edited, was %2)</source>
        <translation>Label %1 (bearbeitet, vorher %2)</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>predicted %1 (%2%)</source>
        <translation>vorhergesagt %1 (%2 %)</translation>
    </message>
    <message>
        <source>not labelled yet</source>
        <translation>noch ohne Label</translation>
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
    <name>arm::TimelinePlot</name>
    <message>
        <source>Expression timeline</source>
        <translation>Ausdrucksverlauf</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
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
    <message>
        <source>Arithmetic: %1</source>
        <translation>Arithmetik: %1</translation>
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
        <translation>Öffnen oder erstellen Sie ein Projekt, um neu zu beschriften (Datei &gt; Neues Projekt).</translation>
    </message>
    <message>
        <source>%1 is not in the project %2 (it has no label in the dataset and the project was made without such samples): create a new project to label it.</source>
        <translation>%1 ist nicht im Projekt %2 (es hat im Datensatz kein Label, und das Projekt wurde ohne solche Beispiele erstellt): Erstellen Sie ein neues Projekt, um es zu beschriften.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect, relabel and fine-tune ARM facial-expression models.</source>
        <translation>ARM-Modelle für Gesichtsausdrücke untersuchen, neu beschriften und nachtrainieren.</translation>
    </message>
    <message>
        <source>Use the user-interface language CODE (for example en, de, zh_CN).</source>
        <translation>Die Sprache CODE für die Benutzeroberfläche verwenden (zum Beispiel en, de, zh_CN).</translation>
    </message>
    <message>
        <source>Raise the view NAME before the screenshot (gallery, confusion, relabel, ...).</source>
        <translation>Die Ansicht NAME vor dem Bildschirmfoto in den Vordergrund holen (gallery, confusion, relabel, ...).</translation>
    </message>
    <message>
        <source>A project (.armproj), dataset folder or CSV, model (.ckpt, .pth), or photo or video (shown with its faces) to open.</source>
        <translation>Zu öffnendes Projekt (.armproj), Datensatzordner oder CSV, Modell (.ckpt, .pth) oder Foto oder Video (mit seinen Gesichtern gezeigt).</translation>
    </message>
    <message>
        <source>Open the built-in demo: synthetic dataset and demo model (generated and trained on first use).</source>
        <translation>Die eingebaute Demo öffnen: synthetischer Datensatz und Demo-Modell (bei der ersten Nutzung erzeugt und trainiert).</translation>
    </message>
    <message>
        <source>Welcome to ARM Inspector</source>
        <translation>Willkommen bei ARM Inspector</translation>
    </message>
    <message>
        <source>Load the demo? It generates a small synthetic expression dataset and trains a demo model on first use (a few minutes on a CPU), then opens both.</source>
        <translation>Demo laden? Bei der ersten Nutzung werden ein kleiner synthetischer Ausdrucks-Datensatz erzeugt und ein Demo-Modell trainiert (einige Minuten auf einer CPU), danach wird beides geöffnet.</translation>
    </message>
    <message>
        <source>Render the main window to FILE and exit (at the size --size gives).</source>
        <translation>Das Hauptfenster in DATEI rendern und beenden (in der Größe von --size).</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT for the screenshot (default 1280x800).</source>
        <translation>Fenstergröße BREITExHÖHE für das Bildschirmfoto (Standard 1280x800).</translation>
    </message>
</context>
</TS>
