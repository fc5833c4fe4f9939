# The window's own words, in English (the source language).
# Translations live in ../<locale>/app.ftl with the same message ids.
# Flow texts are translated elsewhere (flows/translations); letters are in letters.ftl.

-app-name = Meta opt-out

## Top bar and landmarks

app-title = { -app-name }
app-tagline = Step by step: object to AI training, mute Meta AI, cut off tracking, delete what you want gone.
skip-to-content = Skip to the main content
nav-dashboard = Overview
nav-settings = Settings
nav-about = About
top-navigation =
    .aria-label = Main

## Notices and errors

notice-close = Dismiss
notice-label =
    .aria-label = Message
error-details = Details: { $detail }
error-unknown-region = This country or state is not in the app's list. Choose it again from the list.
error-unknown-platform = One of the chosen apps is not known to this version. Tick the apps again.
error-unknown-device = This device is not known to this version. Choose one of the devices offered.
error-flow-not-found = This guide does not apply to your situation any more, or was removed. Go back to the overview.
error-link-refused = For your safety this link was not opened: it is not on the list of Meta's and the authorities' own sites.
error-open-failed = Your browser could not be started. Copy the address shown under the button and paste it into your browser.
error-progress = Your progress could not be saved. What you typed is still here: try again in a moment, or check that your disk is not full.
error-progress-damaged = Your progress file is damaged and was not changed. You can keep the damaged file aside and start afresh; nothing in it is deleted.
error-no-data-dir = There is no folder to keep your progress in. Check that your home folder exists and can be written to.
error-export = The record could not be written. Nothing was saved there; choose another place and try again.
error-no-app = This page only works inside the { -app-name } app.
error-other = Something went wrong. Try again; if it keeps happening, restart the app.
recover-progress = Keep the damaged file aside and start afresh
recovered-progress = The damaged file was kept as { $path }. Your progress starts afresh.
own-flows-skipped = Some of your own guide files were skipped: { $problems }

## First run and profile editing

welcome-title = Welcome
welcome-intro = Tell us a little about your situation. It decides which rights you have and which steps apply to you. You can change all of it later.
welcome-privacy = Everything you enter stays on this computer. The app never connects to the internet by itself.
profile-edit-title = Edit “{ $name }”
profile-new-title = Add another profile
profile-explain = A profile is one account (or one person's set of accounts) that you track separately, for example your own and a family member's.
field-language = Language of this app
field-country = Where you live
field-country-choose = Choose your country…
field-platforms = Apps you use
field-platforms-hint = Tick every Meta app you have an account with.
field-device = Where you will follow the steps
field-profile-name = Name for this profile
field-profile-name-hint = Only you see it, e.g. “My accounts” or “Anna’s Instagram”.
field-profile-name-count = { $count } of { $max } characters
field-profile-name-default = My accounts
device-desktop = Computer (web browser)
device-ios = iPhone or iPad
device-android = Android phone or tablet
welcome-start = Start
profile-save = Save changes
profile-add = Add profile
profile-cancel = Cancel
profile-needs-country = Choose the country you live in.
profile-needs-platform = Tick at least one app you use.
profile-needs-name = Give this profile a name.
profile-name-too-long = A profile name can have at most { $max } characters; this one has { $count }. Shorten it: nothing is cut for you.
profile-form-errors = Please fix the following:

## Dashboard

dashboard-title = Your overview
profile-switch = Profile
profile-edit = Edit profile
profile-add-another = Add a profile
follow-ups-title = Needs your attention
follow-up-reply-due-overdue = Meta's reply to “{ $step }” was due on { $due }. If Meta has not answered properly, you can escalate.
follow-up-reply-due-soon = { $days ->
        [0] Meta's reply to “{ $step }” is due today ({ $due }).
        [one] Meta's reply to “{ $step }” is due tomorrow ({ $due }).
       *[other] Meta's reply to “{ $step }” is due in { $days } days, on { $due }.
    }
follow-up-grace-ends = { $days ->
        [0] The deletion grace period ends today ({ $due }). Do not log in until it has passed.
        [one] The deletion grace period ends tomorrow ({ $due }). Do not log in before then: logging in cancels the deletion.
       *[other] The deletion grace period ends in { $days } days, on { $due }. Do not log in before then: logging in cancels the deletion.
    }
follow-up-grace-ended = The deletion grace period ended on { $due }. Meta may take up to 90 days more to remove the data.
follow-up-reminder-overdue = Reminder for “{ $step }”: it was due on { $due }.
follow-up-reminder-soon = { $days ->
        [0] Reminder for “{ $step }”: today ({ $due }).
        [one] Reminder for “{ $step }”: tomorrow ({ $due }).
       *[other] Reminder for “{ $step }”: in { $days } days, on { $due }.
    }
follow-up-escalate = Escalate
follow-up-open = Open the step
follow-up-move = Move the date
follow-up-move-to = New date
follow-up-move-reason = Why it moves (e.g. Meta wrote that it needs two more months)
follow-up-move-save = Save the new date
follow-up-moved = first set for { $first }; moved: { $reason }
follow-up-moved-said = The date is moved to { $due }.
follow-ups-later = { $count ->
        [one] One more date is coming up later.
       *[other] { $count } more dates are coming up later.
    }
follow-ups-upcoming = Coming up
rights-title = Your rights in { $region }
rights-objection = You have a legal right to object to Meta using your data for AI training, and Meta must answer.
rights-none = There is no legal right here to object to AI training. You can still mute Meta AI, limit tracking, keep posts private and delete what you want gone.
field-subdivision-us = US state
field-subdivision-us-none = Another state or not sure
field-subdivision-de = Land (federal state)
field-subdivision-de-none = Not sure, or I would rather not say
field-subdivision-other = Province or region
field-subdivision-other-none = Not sure, or another one
rights-law = The law that applies: { $law }
# The laws whose names the window words in each language; others keep the catalog's name.
law-name-gdpr = EU General Data Protection Regulation (GDPR)
law-name-uk-gdpr = UK GDPR and Data Protection Act 2018
rights-can = Under it you can ask Meta to:
right-object = stop using your information for its own interests, AI training among them (the right to object)
right-delete = delete your personal data
right-access = tell you what it holds about you and give you a copy
right-correct = correct what is wrong
right-opt-out-targeted-ads = stop using your data for targeted advertising
right-opt-out-sale = stop selling or sharing your data
right-opt-out-profiling = stop profiling you
right-appeal = think again when it refuses (an appeal to Meta)
rights-from = This law gives you rights against Meta from { $date }. Until then it gives none; from that day you can ask Meta to:
rights-reply = Meta must answer within { $deadline }.
rights-reply-extension = Meta must answer within { $deadline }; it may take { $extension } more if it tells you why in time.
rights-opt-out-within = An opt-out of sale or sharing must take effect within { $deadline }.
rights-authority = If Meta refuses or does not answer, you can complain to { $authority }.
rights-appeal-first = If Meta refuses, appeal to Meta first; if the appeal fails, complain to { $authority }.
rights-complain-first = If Meta refuses or does not answer, complain to Meta first and give it time to reply; then you can complain to { $authority }.
rights-default-authority = You have not chosen where in { $country } you live, so this is { $authority }, which supervises Meta's office in { $country }. Choose your region in your profile to complain to your own authority.
rights-unclear = Sources do not settle whether this law reaches Meta: you can still make these requests, but Meta may say the law does not apply to it.
rights-unverified = We could not confirm this from a dated source: treat it as a lead to check, not as certain.
deadline-months = { $count ->
        [one] one month
       *[other] { $count } months
    }
deadline-days = { $count ->
        [one] one day
       *[other] { $count } days
    }
deadline-business-days = { $count ->
        [one] one business day
       *[other] { $count } business days
    }
flows-title = What you can do
flows-empty = Nothing applies to this choice. Edit your profile and tick the apps you use.
flow-card-progress = { $done } of { $total } steps done
# The person's apps a guide is about, e.g. "Facebook, Instagram".
flow-card-apps = For: { $apps }
flow-card-next = Next: { $step }
flow-card-finished = All steps recorded
flow-card-start = Start
flow-card-continue = Continue
flow-card-review = Review
flow-card-checked = Checked { $date }
flow-stale-tag = May be out of date
earlier-steps = { $count ->
        [one] One recorded step is from an earlier version of the guides or no longer applies; it is kept in your record.
       *[other] { $count } recorded steps are from an earlier version of the guides or no longer apply; they are kept in your record.
    }
platform-progress-title = Steps done, by app:
platform-progress = { $platform }: { $done } of { $total }
record-title = Your record
record-explain = A record of the steps you completed, with dates and evidence, that you can keep or hand to a data protection authority.
record-format = Format
record-format-html = Printable page (HTML, print to PDF)
record-format-md = Markdown
record-format-csv = Spreadsheet (CSV)
record-format-json = JSON (can be imported again)
record-format-ics = Dates to keep, for your calendar (.ics)
record-export = Export…
record-import = Import a record…
record-exported = Your record of “{ $name }” was saved to { $path }.
record-imported = { $changes ->
        [one] Imported { $file }: one change added.
       *[other] Imported { $file }: { $changes } changes added.
    }
record-imported-profiles = New profiles: { $names }.
record-imported-conflicts = Where the two differed, the newer state was kept and both histories are in your record: { $conflicts }.

## Settings

settings-title = Settings
settings-language = Language of this app
settings-language-system = Same as the system ({ $name })
settings-meta-language = Language of your Meta apps
settings-meta-language-hint = Menu names are shown as they appear in your Facebook or Instagram app. If your Meta apps use another language than this app, choose it here.
settings-meta-language-same = Same as this app
settings-saved = Saved.
settings-done = Back to the overview

## About

about-title = About { -app-name }
about-version = Version { $version }
about-network = This app never connects to the internet by itself: no telemetry, no update checks. Links open in your own browser, and only links to Meta's and the data protection authorities' own sites.
about-storage = Your progress is kept in one file on this computer, readable by you only. The guides are practical information, not legal advice.
about-license = Free software under the GNU General Public License, version 3 or later.

## Walkthrough

walk-back = Back to the overview
walk-steps = Steps
walk-step-of = Step { $n } of { $total }
walk-checked = Checked against its sources on { $date }
walk-stale = This guide was last checked on { $date }, more than 180 days ago. Meta may have moved its menus since: if something looks different, trust what you see and take care.
walk-caveats = Good to know
walk-sources = Sources ({ $count })
walk-based-on = Based on: { $sources }
confidence-high = High confidence
confidence-medium = Medium confidence
confidence-low = Low confidence
confidence-unverified = Unverified
# A cited page that gives no date of its own.
source-undated = undated
status-todo = To do
status-done = Done
status-done-on = Done on { $date }
status-skipped = Skipped
status-skipped-on = Skipped on { $date }: { $reason }
status-waiting = Waiting until { $date }
walk-device = Show the steps for
walk-menu-path = Where to find it
menu-label-english = English: { $label }
menu-label-unconfirmed = unconfirmed
menu-label-unconfirmed-hint = This translation of Meta's menu name is not confirmed from Meta's own help pages; your app may use other words.
walk-instructions = What to do
walk-open = Open in browser
walk-open-authority = Open the site of { $name }
walk-open-hint = Opens { $host } in your browser.
walk-open-on-phone = Open on your phone
# $label is the button's own words, e.g. "Open the Facebook objection form".
walk-open-on-computer = { $label } on this computer
walk-qr-alt = QR code of the link { $url }
walk-qr-explain = Scan it with your phone's camera: the page opens there, in Meta's app if you have it. Nothing is sent anywhere; mark the step done here when you have finished.
walk-opened = Opened in your browser. Come back here when you are done.
walk-authority = Your authority: { $name }
walk-follow-up = After this step: { $title } ({ $after } later).
period-months = { $count ->
        [one] one month
       *[other] { $count } months
    }
period-days = { $count ->
        [one] one day
       *[other] { $count } days
    }
period-both = { $months } and { $days }
walk-record = Your record of this step
walk-evidence = Evidence
walk-note = Note (optional)
walk-done = Done
walk-done-next = Done, next step
walk-skip = Skip…
walk-skip-reason = Why are you skipping it?
walk-skip-confirm = Skip this step
walk-skip-needs-reason = Say why you skip this step, for example “I have no Instagram account”.
walk-skip-cancel = Cancel
walk-undo = Undo
walk-save = Save note and evidence
walk-saved = Saved.
walk-previous = Previous step
walk-next = Next step
walk-finish = Back to the overview
walk-no-profile = Add a profile to record your progress on these steps.
walk-marked-done = Recorded as done.
walk-follow-up-created = Added to your overview for { $due }: “{ $title }”.
walk-all-done = { $count ->
        [one] This guide's step is recorded.
       *[other] All { $count } steps of this guide are recorded.
    }
walk-next-guide = Next on your overview: “{ $title }”.

## Letters

letter-title = A letter you can use
letter-objection-explain = Paste this into Meta's objection form. Add a sentence in your own words about your situation: an objection is stronger with a reason that is yours.
letter-complaint-explain = Paste this into your authority's complaint form or send it by post, with your exported record attached.
letter-in-language = In { $language }
letter-english-copy = In English (Meta's European office is in Ireland)
letter-english-fallback = There is no text in { $language } yet, so this letter is in English. Check whether your authority accepts English.
letter-copy = Copy
letter-copied = Copied.
letter-copy-failed = Could not copy. Select the text and press Ctrl+C.
letter-edit-hint = You can edit the text before you copy it. Your edits are not saved.

# Evidence files, Meta's answer and the account concerned
field-profile-account = Account used on Meta (optional)
field-profile-account-hint = The username or email address you use on Meta. It appears in your record, so an authority knows whose data it is about. It stays on this computer.
record-format-bundle = Bundle for an authority (.zip: record, your files, checksums)
follow-up-answer = Answer Meta
outcome-accepted = Accepted the request
outcome-refused = Refused
outcome-asked-for-more = Asked for more information
outcome-no-answer = No answer
walk-attachments = Files kept as evidence
walk-attach = Attach a file
walk-attach-hint = A screenshot of Meta’s confirmation, the confirmation email (.eml), a PDF or a text file, up to 25 MB. A copy is kept with your progress, readable only by you; the original stays where it is.
walk-attached = { $name } is attached; a copy is kept with your progress.
walk-attachment = { $name } ({ $size }), SHA-256 { $sha }…
walk-attachment-missing = This file is missing from your data folder.
walk-attachment-altered = This file was changed after it was attached: it no longer matches its SHA-256.
walk-reply = Meta’s answer
walk-reply-outcome = What did Meta answer?
walk-reply-received = Received on
walk-reply-text = The answer’s text (paste it here)
walk-reply-save = Save the answer
walk-reply-saved = Meta’s answer is recorded.
walk-reply-next-escalate = The overview now offers the complaint to your data protection authority.
walk-reply-next-answer = The overview now offers this step again, to answer Meta.
walk-reply-current = Recorded: { $outcome }, received { $date }.
walk-reply-current-undated = Recorded: { $outcome }.
follow-up-answered-refused = Meta refused “{ $step }”. You can now complain to your data protection authority.
follow-up-answered-no-answer = Meta did not answer “{ $step }”. You can now complain to your data protection authority.
follow-up-answered-asked-for-more = Meta asked for more information about “{ $step }”. Answer it from the step.
follow-up-answered-accepted = Meta accepted “{ $step }”.
letter-keep = Keep as sent
letter-keep-hint = When you send a letter, keep it here as sent: it is attached to this step, and your record and the bundle for an authority carry it.
letter-kept = The letter is kept as { $name }, attached to this step.

# Guide packs, what Meta changed, and a step that does not match
settings-guides = Guides
guides-builtin = In use: the guides built into the app, checked up to { $date }.
guides-pack = In use: guide pack { $version } of { $date }, signed by { $signer }.
guides-signer-project = the meta-optout project (key { $id })
guides-signer-added = “{ $name }” (key { $id }), a key you added
guides-superseded = The guide pack { $version } you installed is older than the guides built into this version of the app, so the built-in ones are used.
guides-update = Update guides from a file…
guides-update-hint = A guide pack is one file with corrected guides. The app checks its signature and installs it only if it is newer and passes every check; it never goes online. A signature proves who made the pack and that nobody changed it since, not that its instructions are right.
guides-rollback = Go back to the previous guides
guides-updated = The guides are updated to pack { $version } of { $date }.
guides-updated-changes = It lists { $count ->
    [one] one change
   *[other] { $count } changes
} in Meta’s apps; the overview shows the steps you should do again or check.
guides-rolled-back = The previous guides are in use again.
changed-title = Meta changed these since you did them
changed-redo = { $step }: you did it on { $done }; Meta changed it on { $date }: { $what } Do it again.
changed-check = { $step }: you did it on { $done }; Meta changed it on { $date }: { $what } Check that it still holds.
changed-open = Open the step
mismatch-open = This step does not match what I see
mismatch-expected = What the step says
mismatch-saw = What you see instead
mismatch-more = Anything else (optional)
mismatch-report = Report to copy and send to the maintainers
mismatch-hint = The app sends nothing: copy this text and send it yourself, for example by email or on the project’s issue tracker. It holds no personal details unless you type them.
mismatch-copy = Copy the report
walk-done-again = Done again
