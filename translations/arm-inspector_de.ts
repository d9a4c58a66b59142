<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Relabel %n sample(s)</source>
        <translation>
            <numerusform>%n Beispiel umbenennen</numerusform>
            <numerusform>%n Beispiele umbenennen</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel %1 as %2</source>
        <translation>%1 als %2 umbenennen</translation>
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
        <source>%1 samples · accuracy %2% · mean class accuracy %3%</source>
        <translation>%1 Beispiele · Genauigkeit %2% · mittlere Klassengenauigkeit %3%</translation>
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
        <source>Show every sample again</source>
        <translation>Wieder alle Beispiele zeigen</translation>
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
        <source>Keys 1-7 set the label of the current sample, J/K move, F flags it.</source>
        <translation>Tasten 1–7 setzen das Label des aktuellen Beispiels, J/K bewegen, F markiert es.</translation>
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
    <name>arm::EvaluateJob</name>
    <message>
        <source>Evaluating</source>
        <translation>Auswertung läuft</translation>
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
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Dataset...</source>
        <translation>&amp;Datensatz öffnen...</translation>
    </message>
    <message>
        <source>Open a RAF-DB, FER2013, AffectNet or image-folder dataset</source>
        <translation>Einen RAF-DB-, FER2013-, AffectNet- oder Bildordner-Datensatz öffnen</translation>
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
        <source>Read-only project: %1</source>
        <translation>Schreibgeschütztes Projekt: %1</translation>
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
        <source>Cannot open dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
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
        <source>Predictions restored from the project cache</source>
        <translation>Vorhersagen aus dem Projekt-Cache wiederhergestellt</translation>
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
        <source>Cannot relocate dataset</source>
        <translation>Datensatz kann nicht neu zugeordnet werden</translation>
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
    <message>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
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
    <message numerus="yes">
        <source>Evaluated %n sample(s)</source>
        <translation>
            <numerusform>%n Beispiel ausgewertet</numerusform>
            <numerusform>%n Beispiele ausgewertet</numerusform>
        </translation>
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
        <translation>Alle gezeigten Vorschläge umbenennen, als ein Rückgängig-Schritt</translation>
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
        <source>Keys in the gallery: 1-7 set the label, J/K next/previous, F flag, Ctrl+Z undo, Ctrl+Shift+Z redo.</source>
        <translation>Tasten in der Galerie: 1–7 setzen das Label, J/K nächstes/vorheriges, F markieren, Ctrl+Z rückgängig, Ctrl+Shift+Z wiederherstellen.</translation>
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
    <message>
        <source>Raise the view NAME before the screenshot (gallery, confusion, relabel, ...).</source>
        <translation>Die Ansicht NAME vor dem Bildschirmfoto in den Vordergrund holen (gallery, confusion, relabel, ...).</translation>
    </message>
    <message>
        <source>A project (.armproj), dataset folder or CSV, or model (.ckpt, .pth) to open.</source>
        <translation>Zu öffnendes Projekt (.armproj), Datensatzordner oder CSV oder Modell (.ckpt, .pth).</translation>
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
</context>
</TS>
