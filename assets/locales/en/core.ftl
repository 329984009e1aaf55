# Waymark's core catalog: everything the Rust side says to people.
#
# Keys are stable identifiers shared with the page (`ui.ftl` holds the page's
# own words). Vocabulary keys are a prefix and the stable spelling with `_`
# written as `-`. Arguments are strings, numbers or other messages (rendered
# first). Sentences of errors start in lower case: the CLI prints them after
# "waymark: " and errors nest ("import refused: image …: …").

## Vocabularies

lane-kind-goals = Goals and needs
lane-kind-actions = Actions
lane-kind-touchpoints = Touchpoints
lane-kind-thoughts = Thoughts
lane-kind-emotions = Emotions
lane-kind-pain-points = Pain points
lane-kind-opportunities = Opportunities
lane-kind-metrics = Metrics and KPIs
lane-kind-front-stage = Front stage
lane-kind-back-stage = Back stage
lane-kind-support-processes = Support processes
lane-kind-resources = Resources
lane-kind-milestones = Milestones
lane-kind-notes = Notes
lane-kind-images = Images

channel-website = Website
channel-mobile-app = Mobile app
channel-social = Social media
channel-email = Email
channel-phone = Phone
channel-store = In person / store
channel-chat = Chat / messenger
channel-advertising = Advertising
channel-packaging = Packaging
channel-delivery = Delivery
channel-event = Events

level-low = Low
level-medium = Medium
level-high = High

map-kind-current-state = Current state
map-kind-future-state = Future state
map-kind-day-in-the-life = Day in the life
map-kind-service-blueprint = Service blueprint
map-flow-auto = As the language is written
map-flow-ltr = Left to right
map-flow-rtl = Right to left

card-field-channel = Channel
card-field-severity = Severity
card-field-impact = Impact
card-field-effort = Effort
card-field-metric = Metric
card-field-owner = Owner
card-field-picture = Picture

kpi-csat = CSAT
kpi-nps = NPS
kpi-conversion-rate = Conversion rate
kpi-retention-rate = Retention rate
kpi-customer-lifetime-value = Customer lifetime value
kpi-average-resolution-time = Average resolution time
kpi-complaint-rate = Complaint rate
kpi-return-rate = Return rate

template-blank = Blank map
template-blank-blurb = Five empty stages and the usual lanes.
template-b2c = Retail / B2C (7 stages)
template-b2c-blurb = An online shop's first purchase, from awareness to advocacy.
template-b2b = B2B (7 stages)
template-b2b-blurb = Buying business software, from out of market to expansion.
template-service = Service business (car service centre)
template-service-blurb = A car service centre's annual service, with service blueprint lanes.

## Undo steps: history-<command type>, and batch labels

history-set-project = Edit project
history-create-map = New map
history-duplicate-map = Duplicate map
history-set-map-info = Edit map
history-move-map = Move map
history-delete-map = Delete map
history-add-stage = Add stage
history-update-stage = Edit stage
history-move-stage = Move stage
history-resize-stage = Resize stage
history-delete-stage = Delete stage
history-add-step = Add step
history-rename-step = Rename step
history-move-step = Move step
history-resize-step = Resize step
history-delete-step = Delete step
history-add-lane = Add lane
history-update-lane = Edit lane
history-move-lane = Move lane
history-resize-lane = Resize lane
history-delete-lane = Delete lane
history-add-card = Add card
history-edit-card = Edit card
history-move-card = Move card
history-set-card-color = Colour card
history-delete-card = Delete card
history-set-emotion = Set emotion
history-clear-emotion = Clear emotion
history-create-persona = New persona
history-update-persona = Edit persona
history-delete-persona = Delete persona
history-link-persona = Link persona
history-unlink-persona = Unlink persona
history-add-image = Add image
history-several-edits = Several edits
history-move-cards = Move { $count } { $count ->
        [one] card
       *[other] cards
    }
history-move-some-cards = Move cards
history-delete-cards = Delete { $count } { $count ->
        [one] card
       *[other] cards
    }
history-colour-cards = Colour { $count } { $count ->
        [one] card
       *[other] cards
    }
history-cut-cards = Cut { $count } { $count ->
        [one] card
       *[other] cards
    }
history-paste-cards = Paste { $count } { $count ->
        [one] card
       *[other] cards
    }
history-duplicate-cards = Duplicate { $count } { $count ->
        [one] card
       *[other] cards
    }
history-set-channel = Set channel
history-set-persona-photo = Set persona photo
history-set-card-picture = Set card picture
history-add-picture = Add picture

## Review state of a map

review-never = Never reviewed
review-on = Reviewed { $date }
review-due = due for review
# The header's "last reviewed" value when the review is due.
review-date-due = { $date } ({ review-due })

## Captions of exports

# The title block above a map.
header-what = Customer journey map
header-business-goal = BUSINESS GOAL
header-last-reviewed = LAST REVIEWED
# A persona's quote, in the language's quotation marks.
persona-quote = “{ $text }”

# The legend under a map.
legend-lanes = Lanes
legend-badges = Badges
legend-emotion = Emotion
legend-channels = Channels
legend-level-low = Low severity · high impact · low effort
legend-level-medium = Medium
legend-level-high = High severity · low impact · high effort
legend-critical-moment = critical moment
emotion-very-negative = very negative
emotion-negative = negative
emotion-neutral = neutral
emotion-positive = positive
emotion-very-positive = very positive

# On cards. $level is a level's label (level-low...).
badge-severity = { $level } severity
badge-impact = Impact: { $level }
badge-effort = Effort: { $level }
metric-now = now
metric-target = target
picture-none = No picture

# The persona page.
persona-page = PERSONA
persona-demographics = DEMOGRAPHICS
persona-geography = GEOGRAPHY
persona-buying-behaviour = BUYING BEHAVIOUR
persona-psychographics = PSYCHOGRAPHICS
persona-goals = GOALS
persona-motivations = MOTIVATIONS
persona-frustrations = FRUSTRATIONS
persona-age = Age
persona-gender = Gender
persona-occupation = Occupation
persona-income = Income
persona-family = Family
persona-education = Education
persona-region = Region
persona-frequency = How often
persona-decision-time = Decision time
persona-triggers = Triggers
persona-values = Values
persona-lifestyle = Lifestyle

# Poster pages: the tile's name (B2) and where it sits.
tile-label = { $tile } (row { $row }, column { $column } of { $columns }x{ $rows })

## Names the core makes up when a command leaves one out

name-map-copy = { $title } (copy)
name-map-derived = { $title } ({ $kind ->
        [current_state] current state
        [future_state] future state
        [day_in_the_life] day in the life
       *[service_blueprint] service blueprint
    })

## Errors: error-<code>

error-not-found = { $record } does not exist
error-duplicate = { $record } already exists
error-history-mismatch = the undo history does not match the map any more ({ $problem })
error-file-missing = { $path }: { file-problem-file-missing }
error-file-exists = { $path }: { file-problem-file-exists }
error-not-waymark = { $path }: { file-problem-not-waymark }
error-file-corrupt = { $path }: the file is damaged ({ $problem })
error-file-newer = { $path }: the file was made by a newer Waymark (format { $found }; this one reads up to { $supported }); update Waymark to open it
error-file-locked = { $path }: { file-problem-file-locked }
error-file-io = { $path }: { $problem }
error-import-refused = import refused: { $problem }
error-image-refused = image refused: { $problem }
error-storage = saving failed: { $detail }
error-export-failed = export failed: { $problem }
# The shell's own errors.
error-no-project = No project is open.
error-bad-command = the edit could not be read: { $detail }
error-window-failed = the window could not do that: { $detail }

## What is wrong with a project file (without the file's name)

file-problem-file-missing = the file does not exist
file-problem-file-exists = a file with this name already exists
file-problem-not-waymark = this is not a Waymark project
file-problem-file-corrupt = the file is damaged ({ $problem })
file-problem-file-newer = the file was made by a newer Waymark (format { $found }; this one reads up to { $supported }); update Waymark to open it
file-problem-file-locked = the file is open in another Waymark window or program
file-problem-file-io = { $problem }

## Records named in messages

record-project = project { $id }
record-image = image { $id }
record-persona = persona { $id }
record-map = map { $id }
record-stage = stage { $id }
record-step = step { $id }
record-lane = lane { $id }
record-card = card { $id }
record-emotion-point = emotion point { $id }

## Field names in messages

field-project-title = project title
field-project-description = project description
field-stage-name = stage name
field-stage-description = stage description
field-stage-width = stage width
field-step-name = step name
field-step-width = step width
field-lane-name = lane name
field-lane-height = lane height
field-persona-name = persona name
field-persona-quote = persona quote
field-persona-age = persona age
field-persona-gender = persona gender
field-persona-occupation = persona occupation
field-persona-income = persona income
field-persona-family = persona family
field-persona-education = persona education
field-persona-region = persona region
field-persona-buying-frequency = persona buying frequency
field-persona-decision-time = persona decision time
field-persona-triggers = persona triggers
field-persona-values = persona values
field-persona-lifestyle = persona lifestyle
field-persona-segment = persona segment
field-persona-goals = persona goals
field-persona-motivations = persona motivations
field-persona-frustrations = persona frustrations
field-map-title = map title
field-map-scenario = map scenario
field-map-business-goal = map business goal
field-card-text = card text
field-card-owner = card owner
field-image-description = image description
field-metric-name = metric name
field-metric-unit = metric unit
field-emotion-note = emotion note

## Problems: the finer reason of an error

problem-read-only = the file is read-only; copy it somewhere you can write
problem-system = { $detail }
problem-damaged = { $detail }
problem-change-unwritable = cannot record the change: { $detail }
problem-history-unreadable = a history entry cannot be read ({ $detail })
problem-row-missing = { $record } is missing from the file
problem-bad-id = "{ $value }" is not a valid id
problem-unknown-value = unknown value "{ $value }"
problem-out-of-range = { $value } is out of range
problem-bad-persona-list = a persona list is not a JSON list of strings
problem-project-rows = the file holds { $count } project records instead of one
problem-emotion-range = emotion { $value } is out of range
problem-bad-colour = "{ $value }" is not a colour like #1f6feb
problem-bad-date = "{ $value }" is not a date like 2026-11-22
problem-text-too-long = { $field } is { $count } characters long; at most { $max } are allowed
problem-control-character = { $field } contains the control character U+{ $code }
problem-blank = { $field } must not be empty
problem-not-one-line = { $field } must be one line
problem-size-range = { $field } { $value } is outside { $min }..={ $max }
problem-bad-language = "{ $value }" is not a language tag like "az" or "fa-IR"
problem-no-emotion-point = there is no emotion point in this column
problem-resize-split-stage = this stage is split into steps; resize one of its steps
problem-template-keys = template cell keys ran out
problem-persona-linked = this persona is already linked to the map
problem-persona-not-linked = this persona is not linked to the map
problem-update-changes-id = an update must keep the record's id
problem-delete-project = the project itself cannot be deleted
problem-step-map = a step must be in its stage's map
problem-persona-twice = a persona is linked to the map twice
problem-derived-from-itself = a map cannot be derived from itself
problem-stage-other-map = the stage belongs to another map
problem-step-other-stage = the step belongs to another stage
problem-lane-other-map = the lane belongs to another map
problem-card-in-emotion-lane = an emotion lane holds emotion points, not cards
problem-metric-not-finite = a metric value must be a finite number
problem-emotion-point-taken = this lane already has an emotion point in this column
problem-image-empty = an image must not be empty
problem-stored-image-too-big = a stored image is larger than 8 MiB
problem-field-wrong-lane = a { $field ->
        [channel] channel belongs on touchpoint
        [severity] severity belongs on pain point
        [impact] impact or effort belongs on opportunity
        [effort] impact or effort belongs on opportunity
        [metric] metric belongs on KPI
        [owner] owner belongs on front stage, back stage or support
       *[picture] picture belongs on image or note
    } cards, not in the lane "{ $lane }"
problem-list-too-long = { $field } has { $count } items; at most { $max } are allowed
problem-too-many-map-personas = a map is about at most { $max } personas, not { $count }
problem-step-needed = stage "{ $stage }" is split into steps; name the step
problem-not-emotion-lane = lane "{ $lane }" is not an emotion lane
problem-emotion-scale = emotion { $value } is outside the scale -2..+2
problem-still-used = { $record } is still used by a { $user ->
        [persona] persona
        [card] card
        [map] map
        [derived_map] map derived from it
        [stage_or_lane] stage or lane
        [step] step
       *[card_or_emotion_point] card or emotion point
    }; remove or move that first
problem-shared-key = two siblings share the order key "{ $value }"
problem-bad-key = "{ $value }" is not an order key
problem-image-type = { $mime } images are not supported
problem-batch-too-big = a batch may hold at most { $max } commands
problem-position-past-end = position { $index } is past the end (there are { $count } items)
problem-no-room = a { $what ->
        [project_maps] project (maps)
        [project_cards] project (cards)
        [project_images] project (images)
        [project_personas] project (personas)
        [cell_cards] cell (cards)
        [map_personas] map (personas)
        [map_stages] map (stages)
        [map_lanes] map (lanes)
       *[stage_steps] stage (steps)
    } can hold at most { $max }
problem-copy-off-map = the map cannot be copied: a record points to { $record }, which is not on this map
problem-lane-holds-cards = lane "{ $lane }" holds cards; move or delete them before making it an emotion lane
problem-lane-holds-curve = lane "{ $lane }" holds an emotion curve; clear it before changing the lane's kind
problem-changed-elsewhere = { $record } was changed elsewhere
problem-picture-file-too-big = the file is { $size } MB; at most { $max } MB are accepted
problem-picture-format = only PNG and JPEG pictures can be used
problem-picture-bytes-too-big = the picture is larger than 8 MiB
problem-picture-too-big = the picture is larger than { $max } x { $max } pixels
problem-picture-not-declared-type = the data is not { $mime }
problem-picture-size-differs = the picture is { $width }x{ $height }, not { $declared_width }x{ $declared_height } as declared
problem-picture-unreadable = the picture cannot be read ({ $detail })
problem-json-unwritable = cannot write JSON: { $detail }
problem-json-too-big = the file is larger than { $max } MB
problem-json-invalid = this is not valid Waymark JSON ({ $detail })
problem-json-not-waymark = this is not a Waymark project ("format" should be "{ $format }")
problem-json-newer = the file uses format version { $found }; this Waymark reads version { $supported }; update Waymark
problem-json-version = unsupported format version { $found }
problem-json-malformed = the file is malformed ({ $detail })
problem-json-project-too-big = the project is too large ({ $maps } maps, { $personas } personas, { $images } images, { $cards } cards)
problem-json-map-too-big = map "{ $map }" has too many stages or lanes
problem-json-stage-too-big = stage "{ $stage }" has too many steps
problem-json-id-twice = the id { $id } is used twice
problem-json-image = image { $id }: { $problem }
problem-json-unsound = the project does not hold together: { $problem }
problem-no-map-to-export = the project has no map to export
problem-pdf-empty = the PDF writer produced nothing
problem-font-subset = cannot subset { $font }: { $detail }
problem-font-subset-unreadable = cannot read the subset of { $font }
problem-export-picture = a picture cannot be read: { $detail }
problem-png-scale-range = the PNG scale must be between 1 and 4, not { $scale }
problem-png-scale = the PNG scale { $scale } is not positive
problem-png-encode = cannot encode the PNG: { $detail }
problem-png-no-header = the PNG encoder wrote no header
problem-png-write = cannot write the PNG: { $detail }
problem-paint-thread = a painting thread failed
problem-paint-rows = painted more rows than the image has
problem-font-unreadable = bundled font unreadable: { $detail }
problem-paint-width = cannot paint { $width } pixels wide
problem-paint-strip = cannot take a painted strip
problem-png-rows = too many PNG rows
problem-png-missing-rows = the PNG is missing { $count } rows
problem-icon = icon { $icon }: { $detail }
problem-layout-size = the map's layout has no finite size
problem-theme = the built-in theme is broken: { $detail }
problem-no-grid = the frame holds no map grid
problem-not-utf8 = the file is not UTF-8 text
problem-commands-unreadable = { $path }: { $detail }
problem-command-failed = command { $number } of { $total } ({ $command }) failed, the { $applied } before it were applied: { $problem }
problem-bad-map-id = "{ $value }" is not a map id
problem-png-one-map = a PNG shows one map; pick it with --map ID
problem-export-format = { $path }: unknown format; use a .pdf, .png or .json file name
problem-json-cell-too-big = a cell of map "{ $map }" holds too many cards
problem-picture-path-too-big = { $path } is { $size } MB; at most { $max } MB are accepted
problem-unknown-template = unknown template "{ $name }"
problem-replace-open-project = { $path } is the project open now; choose another name
problem-unknown-export-format = unknown export format "{ $format }"
problem-unknown-page-size = unknown page size "{ $page }"
problem-export-stopped = the export stopped: { $detail }
problem-menu-accelerator = the menu item "{ $item }" has the shortcut "{ $accelerator }", which the menu cannot use
problem-menu-id = the menu id "{ $id }" is used twice or is reserved for the shell
problem-language-unknown = there is no catalog for the language "{ $lang }"

## Native dialogs of the shell (titles, file type), and the file name an export suggests

dialog-open-project = Open a Waymark project
dialog-new-project = Create a Waymark project
dialog-save-copy = Save a copy as
dialog-choose-picture = Choose a picture
dialog-export = Export
dialog-filter-project = Waymark project
export-default-name = Journey map
dialog-filter-pictures = Pictures
dialog-filter-png = PNG image
dialog-filter-pdf = PDF document
