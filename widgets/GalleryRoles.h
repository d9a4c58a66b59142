#pragma once

#include <Qt>

namespace arm {

// Item data roles of the dataset gallery. The app's model provides them; GalleryDelegate paints them.
// Qt::DisplayRole is the sample's name, Qt::ToolTipRole / Qt::AccessibleTextRole may use
// GalleryDelegate::describe().
namespace GalleryRoles {
enum Role {
    ThumbnailRole = Qt::UserRole + 1, // QImage or QPixmap; null/invalid while it is still loading
    GivenLabelRole,                   // QString: the dataset's label (after edits)
    PredictedLabelRole,               // QString: the model's prediction, invalid when none
    ConfidenceRole,                   // double in [0, 1]: probability of the predicted class
    CorrectRole,                      // bool; invalid QVariant when there is no prediction
    EditedRole,                       // bool: label changed by the user
    FlaggedRole,                      // bool: flagged for review
    LossRole,                         // double: the sample's loss under the current model
    SplitRole,                        // QString: "train" / "test" / ...
    MarginRole,                       // double: top-1 minus top-2 probability
    SampleIndexRole,                  // int: index into the dataset
    PathRole,                         // QString: image file path
    OriginalLabelRole,                // QString: the label in the dataset's files, before any edit
    UnlabelledRole,                   // bool: no label in force yet (GivenLabelRole then says so)
};
} // namespace GalleryRoles

} // namespace arm
