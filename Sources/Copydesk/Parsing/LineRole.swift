/// What a line is, first on its own (`LineClassifier`), then refined by its neighbours (`ContextRules`).
/// Cases with a payload wider than a word are `indirect` (boxed): a role is one word and a tag, so the many text and
/// furniture roles are copied, compared by kind and destroyed without moving a wide payload.
enum LineRole: Equatable {
    /// Known page furniture.
    case furniture(DiscardReason)
    /// A "•" bullet line (standfirst before the body, list item inside it).
    indirect case bullet(String)
    /// A photo caption and/or credit.
    indirect case caption(CaptionRule.Match)
    /// Caption text whose credit is on the line below ("Photo: X").
    case captionText
    /// A video widget's duration line ("03:15"), or `nil` for a "Video" label.
    indirect case video(String?)
    /// A video widget's title.
    case videoTitle
    /// More text of a video widget: a description or a repeated title.
    case videoText
    /// A print-edition note.
    indirect case printEdition(PrintEdition)
    /// A labelled related link ("Related: …", "READ MORE: …") with its title.
    indirect case related(String)
    /// A byline, possibly with a date and a section on the same line.
    indirect case byline(BylineRule.Match)
    /// A "Reporting by …; Editing by …" credit line.
    case credits([BylineEntry])
    /// A printed date.
    indirect case date(DateRule.Match)
    /// A line seen before.
    case duplicate
    /// An item of a list of other stories.
    case listItem
    /// An embedded social-media post.
    case embed
    /// Text whose role depends on where it stands.
    case text

    /// True for byline and date lines, the markers around which a headline stands.
    var isMarker: Bool {
        switch self {
        case .byline, .date: true
        default: false
        }
    }

    /// True for captions, credits and video lines.
    var isMedia: Bool {
        switch self {
        case .caption, .captionText, .video, .videoTitle, .videoText: true
        default: false
        }
    }
}
