<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../runofshow/qt/editor/csv_import.py" line="+40"/>
        <source>Import CSV: %1</source>
        <translation>Import CSV: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file cannot be read as CSV.</source>
        <translation>This file cannot be read as CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned times are worked out from the show; not imported</source>
        <translation>Planned times are worked out from the show; not imported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rows, encoding %2. Choose the key each column holds.</source>
        <translation>%1 rows, encoding %2. Choose the key each column holds.</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/file_actions.py" line="+41"/>
        <location filename="../../runofshow/qt/editor/window.py" line="+219"/>
        <source>New show</source>
        <translation>New show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel discussion</source>
        <translation>Panel discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this show first?</source>
        <translation>Save the changes to this show first?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open show</source>
        <translation>Open show</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Show files (*.yaml *.yml)</source>
        <translation>Show files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>This file cannot be edited</source>
        <translation>This file cannot be edited</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+25"/>
        <source>The show could not be saved</source>
        <translation>The show could not be saved</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Saved; the previous version is kept as %1</source>
        <translation>Saved; the previous version is kept as %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save show as</source>
        <translation>Save show as</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The show has problems</source>
        <translation>The show has problems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The show has problems (%1); the app cannot run it until they are fixed. Save anyway?</source>
        <translation>The show has problems (%1); the app cannot run it until they are fixed. Save anyway?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk and was read again</source>
        <translation>The file changed on disk and was read again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file changed on disk</source>
        <translation>The file changed on disk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed %1 while you were editing it.</source>
        <translation>Someone else changed %1 while you were editing it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload (discard my edits)</source>
        <translation>Reload (discard my edits)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my edits as a copy…</source>
        <translation>Save my edits as a copy…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CSV file could not be written</source>
        <translation>The CSV file could not be written</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+29"/>
        <source>Fix the show&apos;s problems before printing</source>
        <translation>Fix the show&apos;s problems before printing</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export run sheet as PDF</source>
        <translation>Export run sheet as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PDF file could not be written</source>
        <translation>The PDF file could not be written</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/live_panel.py" line="+45"/>
        <source>Set remaining</source>
        <translation>Set remaining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5:00</source>
        <translation>e.g. 5:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remaining time of the segment on air; applied as added or removed time (Ctrl+Z in the console undoes it)</source>
        <translation>Remaining time of the segment on air; applied as added or removed time (Ctrl+Z in the console undoes it)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On air now: %1 · %2 left</source>
        <translation>On air now: %1 · %2 left</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the remaining time like 5:00, 4m30s or 90</source>
        <translation>Write the remaining time like 5:00, 4m30s or 90</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/page_dialog.py" line="+21"/>
        <source>Run sheet paper</source>
        <translation>Run sheet paper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/problems_panel.py" line="+23"/>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../runofshow/qt/editor/window.py" line="-79"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No problems: the show is ready to save.</source>
        <translation>No problems: the show is ready to save.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: %1. Double click one to go to its field.</source>
        <translation>Problems: %1. Double click one to go to its field.</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/segments_panel.py" line="+76"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a segment after the selected one (Ctrl+Shift+N)</source>
        <translation>Add a segment after the selected one (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected segment (Ctrl+D)</source>
        <translation>Duplicate the selected segment (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected segment (Delete)</source>
        <translation>Delete the selected segment (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add segment</source>
        <translation>Add segment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate segment</source>
        <translation>Duplicate segment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move segment</source>
        <translation>Move segment</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/window.py" line="-15"/>
        <source>&amp;New from template</source>
        <translation>&amp;New from template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a &amp;copy…</source>
        <translation>Save as a &amp;copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print run sheet…</source>
        <translation>&amp;Print run sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export run sheet as &amp;PDF…</source>
        <translation>Export run sheet as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1%2 — Show editor</source>
        <translation>%1%2 — Show editor</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/runsheet.py" line="+82"/>
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue cards</source>
        <translation>Cue cards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream notes</source>
        <translation>Stream notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On air %1 (%2) · planned end %3 · %4 segments</source>
        <translation>On air %1 (%2) · planned end %3 · %4 segments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hard start %1</source>
        <translation>Hard start %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Run sheet</source>
        <translation>Run sheet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../runofshow/qt/app.py" line="+196"/>
        <source>It was turned off with --no-server.</source>
        <translation>It was turned off with --no-server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1 could not be opened; start with --port to choose another.</source>
        <translation>Port %1 could not be opened; start with --port to choose another.</translation>
    </message>
</context>
<context>
    <name>ChaptersDialog</name>
    <message>
        <location filename="../../runofshow/qt/history/chapters_dialog.py" line="+21"/>
        <source>YouTube chapters</source>
        <translation>YouTube chapters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste these lines into the video description:</source>
        <translation>Paste these lines into the video description:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../runofshow/app/commands.py" line="+332"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GO: start / pause / resume</source>
        <translation>GO: start / pause / resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next segment</source>
        <translation>Next segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous segment</source>
        <translation>Previous segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Prev</source>
        <translation>◀ Prev</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to segment</source>
        <translation>Go to segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change time</source>
        <translation>Change time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>± time</source>
        <translation>± time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a minute</source>
        <translation>Add a minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a minute</source>
        <translation>Remove a minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next cue card</source>
        <translation>Next cue card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card ▶</source>
        <translation>Card ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous cue card</source>
        <translation>Previous cue card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Card</source>
        <translation>◀ Card</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear message on screen</source>
        <translation>Clear message on screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End show</source>
        <translation>End show</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset show</source>
        <translation>Reset show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../runofshow/obs/service.py" line="+60"/>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Pause OBS automation</source>
        <translation>Pause OBS automation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause OBS</source>
        <translation>Pause OBS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the OBS scene now</source>
        <translation>Apply the OBS scene now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply scene</source>
        <translation>Apply scene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use OBS in this rehearsal</source>
        <translation>Use OBS in this rehearsal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS in rehearsal</source>
        <translation>OBS in rehearsal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check OBS scenes and sources</source>
        <translation>Check OBS scenes and sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check OBS</source>
        <translation>Check OBS</translation>
    </message>
    <message>
        <location filename="../../runofshow/questions/commands.py" line="+19"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put the question on air</source>
        <translation>Put the question on air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On air</source>
        <translation>On air</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the question answered</source>
        <translation>Mark the question answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip the question</source>
        <translation>Skip the question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to queue</source>
        <translation>Back to queue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the question</source>
        <translation>Move the question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the asker on the overlay</source>
        <translation>Show the asker on the overlay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asker</source>
        <translation>Asker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next question on air</source>
        <translation>Next question on air</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo in the question queue</source>
        <translation>Undo in the question queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo queue</source>
        <translation>Undo queue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo in the question queue</source>
        <translation>Redo in the question queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo queue</source>
        <translation>Redo queue</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../runofshow/qt/history/chart.py" line="+119"/>
        <source>Select runs to compare</source>
        <translation>Select runs to compare</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>ConsoleCommands</name>
    <message>
        <location filename="../../runofshow/qt/console/commands.py" line="+53"/>
        <source>Press %1.</source>
        <translation>Press %1.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The show is live. %1 anyway? This run stops here.</source>
        <translation>The show is live. %1 anyway? This run stops here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now: %1 (Ctrl+Z undoes)</source>
        <translation>Now: %1 (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
</context>
<context>
    <name>ConsoleControls</name>
    <message>
        <location filename="../../runofshow/qt/console/controls.py" line="+87"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+36"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select next block</source>
        <translation>Select next block</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select previous block</source>
        <translation>Select previous block</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rehearsal mode</source>
        <translation>Rehearsal mode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rehearse the selected segment alone</source>
        <translation>Rehearse the selected segment alone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker window</source>
        <translation>Speaker window</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch slide / stream notes</source>
        <translation>Switch slide / stream notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show next stream notes</source>
        <translation>Show next stream notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom timeline in</source>
        <translation>Zoom timeline in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom timeline out</source>
        <translation>Zoom timeline out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit timeline to window</source>
        <translation>Fit timeline to window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run history</source>
        <translation>Run history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser views and Stream Deck…</source>
        <translation>Browser views and Stream Deck…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open show…</source>
        <translation>Open show…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit show…</source>
        <translation>Edit show…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New show from template…</source>
        <translation>New show from template…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a question from the chat</source>
        <translation>Type a question from the chat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the selected question up</source>
        <translation>Move the selected question up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the selected question down</source>
        <translation>Move the selected question down</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import survey…</source>
        <translation>Import survey…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question queue</source>
        <translation>Question queue</translation>
    </message>
</context>
<context>
    <name>ConsoleFiles</name>
    <message>
        <location filename="../../runofshow/qt/console/files.py" line="+41"/>
        <source>Open show</source>
        <translation>Open show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show files (*.yaml *.yml);;All files (*)</source>
        <translation>Show files (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No recent shows</source>
        <translation>No recent shows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear recent shows</source>
        <translation>Clear recent shows</translation>
    </message>
</context>
<context>
    <name>ConsoleFormatting</name>
    <message>
        <location filename="../../runofshow/qt/console/formatting.py" line="+53"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1 behind</source>
        <translation>%1 behind</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>%1 ahead</source>
        <translation>%1 ahead</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>on pace</source>
        <translation>on pace</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OVER %1</source>
        <translation>OVER %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DANGER</source>
        <translation>DANGER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WRAP UP</source>
        <translation>WRAP UP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLD</source>
        <translation>HOLD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME LEFT</source>
        <translation>TIME LEFT</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../runofshow/qt/console/window.py" line="+210"/>
        <source>REHEARSAL</source>
        <translation>REHEARSAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peaker</source>
        <translation>S&amp;peaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;OBS</source>
        <translation>&amp;OBS</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not open) — runofshow</source>
        <translation>%1 (not open) — runofshow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 — runofshow</source>
        <translation>%1 — %2 — runofshow</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Select a segment in the timeline first.</source>
        <translation>Select a segment in the timeline first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a message first (M).</source>
        <translation>Type a message first (M).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>GO: Start</source>
        <translation>GO: Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GO: Pause</source>
        <translation>GO: Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GO: Resume</source>
        <translation>GO: Resume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The speaker screen %1 is gone: the speaker display is hidden and comes back there when the screen does (F11 shows it elsewhere).</source>
        <translation>The speaker screen %1 is gone: the speaker display is hidden and comes back there when the screen does (F11 shows it elsewhere).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The speaker screen %1 is back: the speaker display is on it again.</source>
        <translation>The speaker screen %1 is back: the speaker display is on it again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Storage works again: everything is written.</source>
        <translation>Storage works again: everything is written.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Imported %1 questions (%2 already there).</source>
        <translation>Imported %1 questions (%2 already there).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+15"/>
        <source>The live show is on air: end it (Ctrl+E) or reset it to rehearse.</source>
        <translation>The live show is on air: end it (Ctrl+E) or reset it to rehearse.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Leave rehearsal</source>
        <translation>Leave rehearsal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot switch rehearsal mode now.</source>
        <translation>Cannot switch rehearsal mode now.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rehearse one segment</source>
        <translation>Rehearse one segment</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open another show</source>
        <translation>Open another show</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show file reloaded.</source>
        <translation>Show file reloaded.</translation>
    </message>
</context>
<context>
    <name>CountdownPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/countdown.py" line="+107"/>
        <source>REHEARSAL</source>
        <translation>REHEARSAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal: kept in run history as a rehearsal; live outputs are not touched.</source>
        <translation>Rehearsal: kept in run history as a rehearsal; live outputs are not touched.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day (show time zone)</source>
        <translation>Time of day (show time zone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAUSED</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHOW ENDED</source>
        <translation>SHOW ENDED</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show ended · planned end %1</source>
        <translation>Show ended · planned end %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PAUSED · %1</source>
        <translation>PAUSED · %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Elapsed %1 / %2</source>
        <translation>Elapsed %1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STANDBY</source>
        <translation>STANDBY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned for %1 · Space goes live</source>
        <translation>Planned for %1 · Space goes live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On air in %1</source>
        <translation>On air in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: press Space to go on air</source>
        <translation>Ready: press Space to go on air</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>HARD START NOW: move on to “%1” (→)</source>
        <translation>HARD START NOW: move on to “%1” (→)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Squeezed: hard start %1 · %2 to go</source>
        <translation>Squeezed: hard start %1 · %2 to go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break until the hard start %1 · %2 to go</source>
        <translation>Break until the hard start %1 · %2 to go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then hold until the hard start %1 · %2 to go</source>
        <translation>Then hold until the hard start %1 · %2 to go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holding for the hard start %1 · %2 to go</source>
        <translation>Holding for the hard start %1 · %2 to go</translation>
    </message>
</context>
<context>
    <name>CueCardsPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/cue_cards.py" line="+135"/>
        <source>CUE CARDS</source>
        <translation>CUE CARDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>] next card · [ previous card</source>
        <translation>] next card · [ previous card</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No cue cards for this segment</source>
        <translation>No cue cards for this segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card %1 of %2</source>
        <translation>Card %1 of %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+69"/>
        <source>NOW</source>
        <translation>NOW</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>NEXT</source>
        <translation>NEXT</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../runofshow/qt/editor/fields.py" line="+62"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Already on air: this cannot change now (the remaining time can)</source>
        <translation>Already on air: this cannot change now (the remaining time can)</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/list_field.py" line="+45"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/map_field.py" line="+35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../runofshow/qt/editor/labels.py" line="+16"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue cards</source>
        <translation>Cue cards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide notes</source>
        <translation>Slide notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream notes</source>
        <translation>Stream notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel questions</source>
        <translation>Panel questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto start</source>
        <translation>Auto start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube chapter</source>
        <translation>YouTube chapter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text sources</source>
        <translation>Text sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS automation</source>
        <translation>OBS automation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the show</source>
        <translation>Before the show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the show</source>
        <translation>After the show</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../runofshow/qt/history/window.py" line="+222"/>
        <source>Run history</source>
        <translation>Run history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan vs actual</source>
        <translation>Plan vs actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue cards</source>
        <translation>Cue cards</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action log</source>
        <translation>Action log</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>Export Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube chapters…</source>
        <translation>YouTube chapters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between the stream going live and the first segment starting</source>
        <translation>Seconds between the stream going live and the first segment starting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream went live before the start by:</source>
        <translation>Stream went live before the start by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chapters for breaks</source>
        <translation>No chapters for breaks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers in chapter titles</source>
        <translation>Speakers in chapter titles</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The run history cannot be read now: %1</source>
        <translation>The run history cannot be read now: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click to rename</source>
        <translation>Double-click to rename</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Runs of %1</source>
        <translation>Runs of %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rehearsal</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/history/tables.py" line="+79"/>
        <location line="+9"/>
        <location line="+87"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+9"/>
        <location line="+58"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Projected start of %1</source>
        <translation>Projected start of %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cue card</source>
        <translation>Cue card</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run time</source>
        <translation>Run time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control page</source>
        <translation>Control page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Recovered after restart</source>
        <translation>Recovered after restart</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/history/window.py" line="+138"/>
        <source>Rename run</source>
        <translation>Rename run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on this run</source>
        <translation>Note on this run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete runs</source>
        <translation>Delete runs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 run(s) for good?
%2</source>
        <translation>Delete %1 run(s) for good?
%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select one run first.</source>
        <translation>Select one run first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Markdown</source>
        <translation>Export Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>YouTube chapters</source>
        <translation>YouTube chapters</translation>
    </message>
</context>
<context>
    <name>LoadErrorDialog</name>
    <message>
        <location filename="../../runofshow/qt/console/files.py" line="+38"/>
        <source>Show could not be opened</source>
        <translation>Show could not be opened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 problem(s). The show that was open stays open.</source>
        <translation>%1 has %2 problem(s). The show that was open stays open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../runofshow/qt/locale_format.py" line="+18"/>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../runofshow/qt/console/message_bar.py" line="+125"/>
        <source>Message to the speaker (M to write, Enter to send)</source>
        <translation>Message to the speaker (M to write, Enter to send)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPING · Enter sends · Esc leaves</source>
        <translation>TYPING · Enter sends · Esc leaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash the message on the speaker screen for 3 seconds</source>
        <translation>Flash the message on the speaker screen for 3 seconds</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message on screen</source>
        <translation>No message on screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On screen: %1</source>
        <translation>On screen: %1</translation>
    </message>
</context>
<context>
    <name>NoShowPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/no_show.py" line="+76"/>
        <source>No show is open</source>
        <translation>No show is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be opened (%2 problem(s)). Fix the file: it opens as soon as it is valid. No other show is opened in its place.</source>
        <translation>%1 could not be opened (%2 problem(s)). Fix the file: it opens as soon as it is valid. No other show is opened in its place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a show file (Ctrl+O), or drop one on the window.</source>
        <translation>Open a show file (Ctrl+O), or drop one on the window.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/notes.py" line="+116"/>
        <source>STREAM NOTES · operator only (N: slide notes)</source>
        <translation>STREAM NOTES · operator only (N: slide notes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLIDE NOTES · the speaker&apos;s notes (N: stream notes)</source>
        <translation>SLIDE NOTES · the speaker&apos;s notes (N: stream notes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no notes)</source>
        <translation>(no notes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NEXT · end of show</source>
        <translation>NEXT · end of show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEXT · %1 · stream notes</source>
        <translation>NEXT · %1 · stream notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no stream notes)</source>
        <translation>(no stream notes)</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../runofshow/qt/console/banner.py" line="+30"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resumed after a crash at %1 — %2 of downtime counted as elapsed</source>
        <translation>Resumed after a crash at %1 — %2 of downtime counted as elapsed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed after a crash at %1 — %2 of downtime; the clock was stopped</source>
        <translation>Resumed after a crash at %1 — %2 of downtime; the clock was stopped</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The crash journal was damaged (%1), so the show starts in standby. The damaged file was kept as %2.</source>
        <translation>The crash journal was damaged (%1), so the show starts in standby. The damaged file was kept as %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The crash journal %2 was damaged (%1), so the show starts in standby.</source>
        <translation>The crash journal %2 was damaged (%1), so the show starts in standby.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run history was damaged (%1). It was kept as %2 and a new one was started.</source>
        <translation>The run history was damaged (%1). It was kept as %2 and a new one was started.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No run history is recorded this session: %1</source>
        <translation>No run history is recorded this session: %1</translation>
    </message>
</context>
<context>
    <name>NowNextPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/now_next.py" line="+111"/>
        <source>(end of show)</source>
        <translation>(end of show)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+1"/>
        <source>NEXT</source>
        <translation>NEXT</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>LAST</source>
        <translation>LAST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOW</source>
        <translation>NOW</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned %1–%2</source>
        <translation>Planned %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ends ~%1</source>
        <translation>ends ~%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned %1</source>
        <translation>Planned %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>projected %1</source>
        <translation>projected %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hard start %1</source>
        <translation>hard start %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Next hard start %2: “%3”, in %4</source>
        <translation>%1 Next hard start %2: “%3”, in %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends %1 (planned %2)</source>
        <translation>Ends %1 (planned %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show: planned for %1</source>
        <translation>Show: planned for %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it starts now, it ends ~%1</source>
        <translation>If it starts now, it ends ~%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends ~%1</source>
        <translation>Ends ~%1</translation>
    </message>
</context>
<context>
    <name>ObsMessages</name>
    <message>
        <location filename="../../runofshow/obs/messages.py" line="+13"/>
        <source>OBS is not answering at %1: is it running, with its WebSocket server on? (%2)</source>
        <translation>OBS is not answering at %1: is it running, with its WebSocket server on? (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OBS at %1 did not answer in time.</source>
        <translation>OBS at %1 did not answer in time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS at %1 asks for a password: set it in Preferences.</source>
        <translation>OBS at %1 asks for a password: set it in Preferences.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OBS at %1 refused the password: check it in Preferences and in OBS (Tools &gt; WebSocket Server Settings).</source>
        <translation>OBS at %1 refused the password: check it in Preferences and in OBS (Tools &gt; WebSocket Server Settings).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What answers at %1 is not OBS with obs-websocket 5 (%2).</source>
        <translation>What answers at %1 is not OBS with obs-websocket 5 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to OBS at %1 was lost.</source>
        <translation>The connection to OBS at %1 was lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS refused “%1”: %2</source>
        <translation>OBS refused “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not switched to “%1”.</source>
        <translation>Not switched to “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS went on air during the rehearsal: the rehearsal no longer drives it.</source>
        <translation>OBS went on air during the rehearsal: the rehearsal no longer drives it.</translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/obs_panel.py" line="+73"/>
        <source>Check %1: OBS could not be asked.</source>
        <translation>Check %1: OBS could not be asked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check %1: OBS has all %2 scenes and %3 text sources of the show.</source>
        <translation>Check %1: OBS has all %2 scenes and %3 text sources of the show.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scene “%1”</source>
        <translation>scene “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text source “%1”</source>
        <translation>text source “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a text source</source>
        <translation>“%1” is not a text source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>transition “%1”</source>
        <translation>transition “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check %1 — missing in OBS: %2</source>
        <translation>Check %1 — missing in OBS: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OBS %1 connected (%2)</source>
        <translation>OBS %1 connected (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OBS not connected (%1)</source>
        <translation>OBS not connected (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to OBS at %1…</source>
        <translation>Connecting to OBS at %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This rehearsal drives OBS.</source>
        <translation>This rehearsal drives OBS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal: OBS is left alone.</source>
        <translation>Rehearsal: OBS is left alone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On air: %1</source>
        <translation>On air: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>AUTOMATION PAUSED — %1 resumes</source>
        <translation>AUTOMATION PAUSED — %1 resumes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume OBS</source>
        <translation>Resume OBS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause OBS</source>
        <translation>Pause OBS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCENE DIFFERS</source>
        <translation>SCENE DIFFERS</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../runofshow/qt/preferences.py" line="+115"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System setting</source>
        <translation>System setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker display:</source>
        <translation>Speaker display:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide seconds (show whole minutes)</source>
        <translation>Hide seconds (show whole minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The S key on the speaker display toggles it too.</source>
        <translation>The S key on the speaker display toggles it too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes apply at once to every open window.</source>
        <translation>Changes apply at once to every open window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OBS WebSocket:</source>
        <translation>&amp;OBS WebSocket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST:PORT, e.g. 127.0.0.1:4455 (empty: no OBS)</source>
        <translation>HOST:PORT, e.g. 127.0.0.1:4455 (empty: no OBS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS &amp;password:</source>
        <translation>OBS &amp;password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the system keyring.</source>
        <translation>The password is kept in the system keyring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in %1, readable only by you (no keyring here).</source>
        <translation>The password is kept in %1, readable only by you (no keyring here).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OBS: Tools &gt; WebSocket Server Settings shows the port and password.</source>
        <translation>OBS: Tools &gt; WebSocket Server Settings shows the port and password.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write the address as HOST:PORT, e.g. 127.0.0.1:4455.</source>
        <translation>Write the address as HOST:PORT, e.g. 127.0.0.1:4455.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../runofshow/app/questions.py" line="+51"/>
        <location filename="../../runofshow/qt/console/confirm.py" line="+21"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../runofshow/qt/console/confirm.py" line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The show is planned for %1, more than 12 hours from now. Move the plan to start now, or run it as planned?</source>
        <translation>The show is planned for %1, more than 12 hours from now. Move the plan to start now, or run it as planned?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the plan to start now</source>
        <translation>Move the plan to start now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as planned</source>
        <translation>Run as planned</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” has a hard start at %2, %3 from now. Start it now anyway?</source>
        <translation>“%1” has a hard start at %2, %3 from now. Start it now anyway?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Jump to “%1” now? The current segment ends here. Undo brings it back.</source>
        <translation>Jump to “%1” now? The current segment ends here. Undo brings it back.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>End the show now? The clock stops for good.</source>
        <translation>End the show now? The clock stops for good.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset the show to standby? Everything timed so far is cleared.</source>
        <translation>Reset the show to standby? Everything timed so far is cleared.</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/questions.py" line="+234"/>
        <source>Question from the chat (Q)</source>
        <translation>Question from the chat (Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q: type or paste a question from the chat; Enter adds it to the queue</source>
        <translation>Q: type or paste a question from the chat; Enter adds it to the queue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asker (optional)</source>
        <translation>Asker (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on overlay</source>
        <translation>Name on overlay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who asked on the overlay&apos;s lower third</source>
        <translation>Show who asked on the overlay&apos;s lower third</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+33"/>
        <source>Follow the show</source>
        <translation>Follow the show</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Follow the show: %1</source>
        <translation>Follow the show: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 waiting · %2 answered · %3 skipped</source>
        <translation>%1 waiting · %2 answered · %3 skipped</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The queue cannot be written: %1. It is kept and written as soon as the folder works again.</source>
        <translation>The queue cannot be written: %1. It is kept and written as soon as the folder works again.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ON AIR</source>
        <translation>ON AIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>survey</source>
        <translation>survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No question on air (F6 puts the next one on)</source>
        <translation>No question on air (F6 puts the next one on)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ON AIR · %1</source>
        <translation>ON AIR · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked by %1</source>
        <translation>Asked by %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo queue: %1</source>
        <translation>Undo queue: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo queue: %1</source>
        <translation>Redo queue: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start again from the prepared questions</source>
        <translation>start again from the prepared questions</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type or paste a question first (Q).</source>
        <translation>Type or paste a question first (Q).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Select a question in the queue first.</source>
        <translation>Select a question in the queue first.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../runofshow/app/refusals.py" line="+54"/>
        <source>There is no segment &apos;%1&apos;; the show has: %2.</source>
        <translation>There is no segment &apos;%1&apos;; the show has: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That input is not valid.</source>
        <translation>That input is not valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: the text has a character that cannot be shown (a control character or half of an emoji). Remove it and send again.</source>
        <translation>Not sent: the text has a character that cannot be shown (a control character or half of an emoji). Remove it and send again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no such command.</source>
        <translation>There is no such command.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such segment.</source>
        <translation>There is no such segment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The show changed meanwhile, so nothing was done.</source>
        <translation>The show changed meanwhile, so nothing was done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No show is open.</source>
        <translation>No show is open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This needs an answer first; nothing was done.</source>
        <translation>This needs an answer first; nothing was done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: the answer was No.</source>
        <translation>Not done: the answer was No.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That segment is already the current one.</source>
        <translation>That segment is already the current one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The show is already on.</source>
        <translation>The show is already on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment ends at the hard start: changing its time changes nothing.</source>
        <translation>This segment ends at the hard start: changing its time changes nothing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no cue cards.</source>
        <translation>This segment has no cue cards.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no message to clear.</source>
        <translation>There is no message to clear.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last cue card.</source>
        <translation>This is the last cue card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first cue card.</source>
        <translation>This is the first cue card.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last segment: use End show to finish.</source>
        <translation>This is the last segment: use End show to finish.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first segment.</source>
        <translation>This is the first segment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The show is not paused.</source>
        <translation>The show is not paused.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show is not running.</source>
        <translation>The show is not running.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the show first.</source>
        <translation>Start the show first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to reset: the show is in standby.</source>
        <translation>Nothing to reset: the show is in standby.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The show has ended: undo or reset it first.</source>
        <translation>The show has ended: undo or reset it first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove that much: no time would be left.</source>
        <translation>Cannot remove that much: no time would be left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add.</source>
        <translation>Nothing to add.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OBS is not set up: give its address in Preferences.</source>
        <translation>OBS is not set up: give its address in Preferences.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OBS stays out of this rehearsal: turn it on first.</source>
        <translation>OBS stays out of this rehearsal: turn it on first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live, OBS always follows the show: this is for rehearsals.</source>
        <translation>Live, OBS always follows the show: this is for rehearsals.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OBS is streaming or recording: a rehearsal must not drive it.</source>
        <translation>OBS is streaming or recording: a rehearsal must not drive it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The show sends nothing to OBS here.</source>
        <translation>The show sends nothing to OBS here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such question.</source>
        <translation>There is no such question.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That question is already in the queue.</source>
        <translation>That question is already in the queue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A question needs some text.</source>
        <translation>A question needs some text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No question is waiting in the queue.</source>
        <translation>No question is waiting in the queue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question is on air.</source>
        <translation>No question is on air.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question has no asker to show.</source>
        <translation>This question has no asker to show.</translation>
    </message>
    <message>
        <location filename="../../runofshow/app/commands.py" line="-228"/>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; takes no argument &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be %2.</source>
        <translation>&apos;%1&apos; must be %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; (%3).</source>
        <translation>&apos;%1&apos; needs &apos;%2&apos; (%3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be true or false.</source>
        <translation>&apos;%1&apos; must be true or false.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be text.</source>
        <translation>&apos;%1&apos; must be text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is at most %2 characters.</source>
        <translation>&apos;%1&apos; is at most %2 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; contains half of a character (%2, an unpaired surrogate, as a broken emoji is sent); it cannot be stored or shown.</source>
        <translation>&apos;%1&apos; contains half of a character (%2, an unpaired surrogate, as a broken emoji is sent); it cannot be stored or shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; contains the control character %2; only line breaks and tabs are allowed.</source>
        <translation>&apos;%1&apos; contains the control character %2; only line breaks and tabs are allowed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; must be a segment id.</source>
        <translation>&apos;%1&apos; must be a segment id.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be one of %2.</source>
        <translation>&apos;%1&apos; must be one of %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be a whole number from 0.</source>
        <translation>&apos;%1&apos; must be a whole number from 0.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; must be a number of seconds.</source>
        <translation>&apos;%1&apos; must be a number of seconds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; must be a number of seconds; negative removes time.</source>
        <translation>&apos;%1&apos; must be a number of seconds; negative removes time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; must be non-zero and at most a day.</source>
        <translation>&apos;%1&apos; must be non-zero and at most a day.</translation>
    </message>
    <message>
        <location filename="../../runofshow/app/outcome.py" line="+43"/>
        <source>&quot;expect&quot; must be {&quot;segment&quot;: id} or {&quot;revision&quot;: n}.</source>
        <translation>&quot;expect&quot; must be {&quot;segment&quot;: id} or {&quot;revision&quot;: n}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;expect.segment&quot; must be a segment id.</source>
        <translation>&quot;expect.segment&quot; must be a segment id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;expect.revision&quot; must be a whole number.</source>
        <translation>&quot;expect.revision&quot; must be a whole number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone acted first: &apos;%2&apos; is the current segment now, not &apos;%1&apos;. Nothing was done.</source>
        <translation>Someone acted first: &apos;%2&apos; is the current segment now, not &apos;%1&apos;. Nothing was done.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone acted first: the show is at revision %2 now, not %1. Nothing was done.</source>
        <translation>Someone acted first: the show is at revision %2 now, not %1. Nothing was done.</translation>
    </message>
    <message>
        <location filename="../../runofshow/web/server.py" line="+387"/>
        <source>The request body is too large.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method not allowed here.</source>
        <translation>Method not allowed here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No such page or endpoint.</source>
        <translation>No such page or endpoint.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Internal error.</source>
        <translation>Internal error.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A valid access token is required.</source>
        <translation>A valid access token is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link can only view the show; acting needs the control link.</source>
        <translation>This link can only view the show; acting needs the control link.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The app did not answer in time.</source>
        <translation>The app did not answer in time.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Too many live views are connected.</source>
        <translation>Too many live views are connected.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The body is not valid JSON.</source>
        <translation>The body is not valid JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../runofshow/qt/console/shortcuts_sheet.py" line="+37"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SpeakerWindow</name>
    <message>
        <location filename="../../runofshow/qt/speaker/content.py" line="+94"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>survey</source>
        <translation>survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QUESTION</source>
        <translation>QUESTION</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asked by %1</source>
        <translation>asked by %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PLANNED FOR</source>
        <translation>PLANNED FOR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ON AIR IN</source>
        <translation>ON AIR IN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTING SOON</source>
        <translation>STARTING SOON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHOW ENDED</source>
        <translation>SHOW ENDED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TIME LEFT</source>
        <translation>TIME LEFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRAP UP</source>
        <translation>WRAP UP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FINISH UP</source>
        <translation>FINISH UP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER TIME</source>
        <translation>OVER TIME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOLD</source>
        <translation>HOLD</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../runofshow/qt/speaker/layout.py" line="+297"/>
        <source>PAUSED</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card %1/%2</source>
        <translation>Card %1/%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>NO SHOW</source>
        <translation>NO SHOW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No show loaded</source>
        <translation>No show loaded</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/speaker/layout.py" line="-4"/>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>REHEARSAL</source>
        <translation>REHEARSAL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next card: %1</source>
        <translation>Next card: %1</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/speaker/window.py" line="+50"/>
        <location line="+236"/>
        <source>Speaker display</source>
        <translation>Speaker display</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <location filename="../../runofshow/qt/console/storage_banner.py" line="+66"/>
        <source>Storage problem since %1: the show goes on and nothing is lost while the app runs</source>
        <translation>Storage problem since %1: the show goes on and nothing is lost while the app runs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is all written as soon as the folder works again: free some space or make it writable. Folder: %1</source>
        <translation>It is all written as soon as the folder works again: free some space or make it writable. Folder: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The crash journal cannot be written: %1.</source>
        <translation>The crash journal cannot be written: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run history is locked by another program; %1 event(s) are waiting.</source>
        <translation>The run history is locked by another program; %1 event(s) are waiting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run history cannot be written: %2; %1 event(s) are waiting.</source>
        <translation>The run history cannot be written: %2; %1 event(s) are waiting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question queue cannot be written: %1.</source>
        <translation>The question queue cannot be written: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 cannot be written: %2.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../runofshow/qt/console/survey_dialog.py" line="+50"/>
        <location line="+204"/>
        <source>Import survey</source>
        <translation>Import survey</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 questions to import from %2 rows · %3 blank rows and %4 duplicates skipped · %5 rows left out</source>
        <translation>%1 questions to import from %2 rows · %3 blank rows and %4 duplicates skipped · %5 rows left out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read as %1</source>
        <translation>read as %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skipped: no question in this row</source>
        <translation>Skipped: no question in this row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the same question is already there</source>
        <translation>Skipped: the same question is already there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: see the problems below</source>
        <translation>Left out: see the problems below</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asker</source>
        <translation>asker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This file cannot be imported:</source>
        <translation>This file cannot be imported:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The questions could not be saved: %1</source>
        <translation>The questions could not be saved: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question text</source>
        <translation>Question text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asker</source>
        <translation>Asker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../runofshow/qt/console/timeline.py" line="+304"/>
        <source>Planned %1–%2 (%3)</source>
        <translation>Planned %1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚑ Hard start %1</source>
        <translation>⚑ Hard start %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the show moves on by itself</source>
        <translation>the show moves on by itself</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual %1–%2</source>
        <translation>Actual %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double click or Enter: go to this segment</source>
        <translation>Double click or Enter: go to this segment</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Planned end %1</source>
        <translation>Planned end %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected end %1 (%2)</source>
        <translation>Projected end %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected end %1</source>
        <translation>Projected end %1</translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <location filename="../../runofshow/qt/validation_messages.py" line="+157"/>
        <source>missing required key &apos;format&apos;; begin the file with &apos;format: {format}&apos;</source>
        <translation>missing required key &apos;format&apos;; begin the file with &apos;format: {format}&apos;</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&apos;format&apos; is empty; write &apos;format: {format}&apos;</source>
        <translation>&apos;format&apos; is empty; write &apos;format: {format}&apos;</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>unsupported format {value}; this version reads {format}</source>
        <translation>unsupported format {value}; this version reads {format}</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&apos;format&apos; must be {format}, got {got}</source>
        <translation>&apos;format&apos; must be {format}, got {got}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&apos;segments&apos; is empty; a show needs at least one segment</source>
        <translation>&apos;segments&apos; is empty; a show needs at least one segment</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an IANA time zone name like Asia/Tokyo</source>
        <translation>an IANA time zone name like Asia/Tokyo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cue</source>
        <translation>cue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate segment id {id} (first used {first})</source>
        <translation>duplicate segment id {id} (first used {first})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>on line {line}</source>
        <translation>on line {line}</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>at {where}</source>
        <translation>at {where}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>a cue must be a mapping with &apos;title&apos; (and &apos;at&apos;, &apos;text&apos;), got {got}</source>
        <translation>a cue must be a mapping with &apos;title&apos; (and &apos;at&apos;, &apos;text&apos;), got {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>a key must be plain text, not a list or mapping</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a show file holds one YAML document; remove the second one (from &apos;---&apos; on)</source>
        <translation>a show file holds one YAML document; remove the second one (from &apos;---&apos; on)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a speaker must be a name or a mapping with &apos;name&apos;, got {got}</source>
        <translation>a speaker must be a name or a mapping with &apos;name&apos;, got {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a time of day like 13:05 or 13:05:30 (24-hour, in the show&apos;s time zone) or a date and time with a UTC offset like {example}</source>
        <translation>a time of day like 13:05 or 13:05:30 (24-hour, in the show&apos;s time zone) or a date and time with a UTC offset like {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value starting with {character} must be quoted, like {example}</source>
        <translation>a value starting with {character} must be quoted, like {example}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>block sequence entries are not allowed in this context</source>
        <translation>block sequence entries are not allowed in this context</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: {reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character {code} is not allowed in a YAML file</source>
        <translation>character {code} is not allowed in a YAML file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not find expected &apos;:&apos;</source>
        <translation>could not find expected &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cue at {at} comes before the previous cue (at {previous}); list cues in time order</source>
        <translation>cue at {at} comes before the previous cue (at {previous}); list cues in time order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cue at {at} is not within the segment ({duration})</source>
        <translation>cue at {at} is not within the segment ({duration})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danger threshold ({threshold}) must be shorter than the segment ({duration})</source>
        <translation>danger threshold ({threshold}) must be shorter than the segment ({duration})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>did not find expected &apos;,&apos; or &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>did not find expected &apos;,&apos; or &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation>did not find expected &apos;-&apos; indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>did not find expected &lt;document start&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>did not find expected alphabetic or numeric character</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>did not find expected comment or line break</source>
        <translation>did not find expected comment or line break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected hexdecimal number</source>
        <translation>did not find expected hexdecimal number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected key</source>
        <translation>did not find expected key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected node content</source>
        <translation>did not find expected node content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected whitespace or line break</source>
        <translation>did not find expected whitespace or line break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate key {key} (first on line {line})</source>
        <translation>duplicate key {key} (first on line {line})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exceeded maximum nesting depth</source>
        <translation>exceeded maximum nesting depth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file has no content, only comments</source>
        <translation>file has no content, only comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is empty</source>
        <translation>file is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>file is too large ({size} MB; the limit is {limit} MB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>found an indentation indicator equal to 0</source>
        <translation>found an indentation indicator equal to 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found character that cannot start any token</source>
        <translation>found character that cannot start any token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found invalid Unicode character escape code</source>
        <translation>found invalid Unicode character escape code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found undefined tag handle</source>
        <translation>found undefined tag handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected &apos;:&apos;</source>
        <translation>found unexpected &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected document indicator</source>
        <translation>found unexpected document indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected end of stream</source>
        <translation>found unexpected end of stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unknown escape character</source>
        <translation>found unknown escape character</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard start {time} is before the previous segment {segment} is planned to end ({end}); move it later or shorten the segments before it</source>
        <translation>hard start {time} is before the previous segment {segment} is planned to end ({end}); move it later or shorten the segments before it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hard start {time} is before the show starts ({end}); move it later or shorten the segments before it</source>
        <translation>hard start {time} is before the show starts ({end}); move it later or shorten the segments before it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>internal error while reading the show ({error}); please report it</source>
        <translation>internal error while reading the show ({error}); please report it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a directory, not a show file</source>
        <translation>is a directory, not a show file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file</source>
        <translation>is not a regular file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it belongs to a segment under &apos;segments:&apos;</source>
        <translation>it belongs to a segment under &apos;segments:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it belongs under &apos;show:&apos;</source>
        <translation>it belongs under &apos;show:&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} contains half of a character ({code}, an unpaired surrogate); write the whole character</source>
        <translation>{key} contains half of a character ({code}, an unpaired surrogate); write the whole character</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} contains the control character {code}; only line breaks and tabs are allowed</source>
        <translation>{key} contains the control character {code}; only line breaks and tabs are allowed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} has no UTC offset; write it like {example}</source>
        <translation>{key} has no UTC offset; write it like {example}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} has no UTC offset; write {forms}</source>
        <translation>{key} has no UTC offset; write {forms}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} is too long (the limit is {limit})</source>
        <translation>{key} is too long (the limit is {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be a date and time with a UTC offset, like {example}, got {got}</source>
        <translation>{key} must be a date and time with a UTC offset, like {example}, got {got}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;auto_start&apos; needs &apos;starts_at&apos;: a segment starts by itself only at its hard start</source>
        <translation>&apos;auto_start&apos; needs &apos;starts_at&apos;: a segment starts by itself only at its hard start</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} must be {forms}, got {got}</source>
        <translation>{key} must be {forms}, got {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} needs a time of day too; write it like {example}</source>
        <translation>{key} needs a time of day too; write it like {example}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} needs a time of day too; write {forms}</source>
        <translation>{key} needs a time of day too; write {forms}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: duration must be positive, got {value}</source>
        <translation>{key}: duration must be positive, got {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: {value} is not a duration; {accepted}</source>
        <translation>{key}: {value} is not a duration; {accepted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: {value} is not a valid date</source>
        <translation>{key}: {value} is not a valid date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;links&apos; must be a mapping of names to URLs, got {got}</source>
        <translation>&apos;links&apos; must be a mapping of names to URLs, got {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping values are not allowed in this context</source>
        <translation>mapping values are not allowed in this context</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing required key {key} in {where}</source>
        <translation>missing required key {key} in {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a file path</source>
        <translation>not a file path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not UTF-8 text: byte {byte} cannot be decoded; save the file as UTF-8</source>
        <translation>not UTF-8 text: byte {byte} cannot be decoded; save the file as UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number {index}</source>
        <translation>number {index}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {kinds}</source>
        <translation>one of {kinds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied: cannot read the file</source>
        <translation>permission denied: cannot read the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment id {id} may only use lowercase letters a-z, digits 0-9 and &apos;-&apos;</source>
        <translation>segment id {id} may only use lowercase letters a-z, digits 0-9 and &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment {id}</source>
        <translation>segment {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment {index}</source>
        <translation>segment {index}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;segments&apos; must be a list of segments (each starting with &apos;- &apos;), got {got}</source>
        <translation>&apos;segments&apos; must be a list of segments (each starting with &apos;- &apos;), got {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos; is empty; remove it or write {forms}</source>
        <translation>&apos;starts_at&apos; is empty; remove it or write {forms}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos; is out of range</source>
        <translation>&apos;starts_at&apos; is out of range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos; must be {forms}, got {got}</source>
        <translation>&apos;starts_at&apos; must be {forms}, got {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos;: {value} is not a time of day (00:00-23:59); write {forms}</source>
        <translation>&apos;starts_at&apos;: {value} is not a time of day (00:00-23:59); write {forms}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>syntax error</source>
        <translation>syntax error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab character in indentation: YAML indentation must use spaces</source>
        <translation>tab character in indentation: YAML indentation must use spaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text like talk-dev-env</source>
        <translation>text like talk-dev-env</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date {value}</source>
        <translation>the date {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document is nested too deeply</source>
        <translation>the document is nested too deeply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the inherited danger threshold ({threshold}) is not shorter than the segment ({duration}); set &apos;danger&apos; here</source>
        <translation>the inherited danger threshold ({threshold}) is not shorter than the segment ({duration}); set &apos;danger&apos; here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the inherited warning threshold ({threshold}) is not shorter than the segment ({duration}); set &apos;warning&apos; here</source>
        <translation>the inherited warning threshold ({threshold}) is not shorter than the segment ({duration}); set &apos;warning&apos; here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the number {value}</source>
        <translation>the number {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule runs past the year 9999</source>
        <translation>the schedule runs past the year 9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the show could not be read</source>
        <translation>the show could not be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the show file</source>
        <translation>the show file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text {value}</source>
        <translation>the text {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key {key} in {where}, did you mean {suggestion}?</source>
        <translation>unknown key {key} in {where}, did you mean {suggestion}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key {key} in {where}; allowed keys: {choices}</source>
        <translation>unknown key {key} in {where}; allowed keys: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key {key} in {where}; {hint}</source>
        <translation>unknown key {key} in {where}; {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind {kind}, did you mean {suggestion}? (one of {kinds})</source>
        <translation>unknown kind {kind}, did you mean {suggestion}? (one of {kinds})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown kind {kind}; use one of {kinds}</source>
        <translation>unknown kind {kind}; use one of {kinds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown time zone {zone}, did you mean {suggestion}?</source>
        <translation>unknown time zone {zone}, did you mean {suggestion}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown time zone {zone}; use an IANA name like Asia/Tokyo, Europe/London or UTC</source>
        <translation>unknown time zone {zone}; use an IANA name like Asia/Tokyo, Europe/London or UTC</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in segment {index}</source>
        <translation>in segment {index}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the show</source>
        <translation>in the show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text to be saved would not read back as the edited show; nothing was saved</source>
        <translation>the text to be saved would not read back as the edited show; nothing was saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cell is not valid JSON: {reason}</source>
        <translation>this cell is not valid JSON: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write true or false here, not {value}</source>
        <translation>write true or false here, not {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the imported show would not read back the same; nothing was written</source>
        <translation>the imported show would not read back the same; nothing was written</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the same question is listed twice (first {first})</source>
        <translation>the same question is listed twice (first {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question must be text or a mapping with &apos;text&apos; (and &apos;asker&apos;, &apos;tags&apos;), got {got}</source>
        <translation>a question must be text or a mapping with &apos;text&apos; (and &apos;asker&apos;, &apos;tags&apos;), got {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question</source>
        <translation>a question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag</source>
        <translation>a tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is {length} characters long; the limit is {limit}</source>
        <translation>{key} is {length} characters long; the limit is {limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} tags per question, got {count}</source>
        <translation>at most {limit} tags per question, got {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag must be a word or short text, got {got}</source>
        <translation>a tag must be a word or short text, got {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no column {column}; the columns are {columns}</source>
        <translation>there is no column {column}; the columns are {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cell is {length} characters long; the limit is {limit} (row left out)</source>
        <translation>the cell is {length} characters long; the limit is {limit} (row left out)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the cell holds the control character {code} (row left out)</source>
        <translation>the cell holds the control character {code} (row left out)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>while increasing block level</source>
        <translation>while increasing block level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while increasing flow level</source>
        <translation>while increasing flow level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block collection</source>
        <translation>while parsing a block collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block mapping</source>
        <translation>while parsing a block mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block node</source>
        <translation>while parsing a block node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow mapping</source>
        <translation>while parsing a flow mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow node</source>
        <translation>while parsing a flow node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow sequence</source>
        <translation>while parsing a flow sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a node</source>
        <translation>while parsing a node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a block scalar</source>
        <translation>while scanning a block scalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a plain scalar</source>
        <translation>while scanning a plain scalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a quoted scalar</source>
        <translation>while scanning a quoted scalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a simple key</source>
        <translation>while scanning a simple key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a tag</source>
        <translation>while scanning a tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an alias</source>
        <translation>while scanning an alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an anchor</source>
        <translation>while scanning an anchor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning for the next token</source>
        <translation>while scanning for the next token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML aliases are not supported ({alias}); write the value out instead</source>
        <translation>YAML aliases are not supported ({alias}); write the value out instead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YAML error: {error}</source>
        <translation>YAML error: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: {problem}</source>
        <translation>YAML syntax error: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: {problem} ({context} started on line {line})</source>
        <translation>YAML syntax error: {problem} ({context} started on line {line})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YAML syntax error: {problem} ({context})</source>
        <translation>YAML syntax error: {problem} ({context})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;texts&apos; must be a mapping of text source names to texts, got {got}</source>
        <translation>&apos;texts&apos; must be a mapping of text source names to texts, got {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lone {brace} in the text of {source}; write {double} for a brace</source>
        <translation>a lone {brace} in the text of {source}; write {double} for a brace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in a segment</source>
        <translation>in a segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text source needs a name</source>
        <translation>a text source needs a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a transition of {duration} is too long (at most {limit})</source>
        <translation>a transition of {duration} is too long (at most {limit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a transition&apos;s &apos;duration&apos; is milliseconds like 500ms or seconds like 1s, got {got}</source>
        <translation>a transition&apos;s &apos;duration&apos; is milliseconds like 500ms or seconds like 1s, got {got}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after the show</source>
        <translation>after the show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the show</source>
        <translation>before the show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placeholder {placeholder} is not available {place}; available here: {choices}</source>
        <translation>placeholder {placeholder} is not available {place}; available here: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown placeholder {placeholder} in the text of {source}, did you mean {suggestion}?</source>
        <translation>unknown placeholder {placeholder} in the text of {source}, did you mean {suggestion}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown placeholder {placeholder} in the text of {source}; available here: {choices}</source>
        <translation>unknown placeholder {placeholder} in the text of {source}; available here: {choices}</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+236"/>
        <source>{key} must be true or false, got {got}</source>
        <translation>{key} must be true or false, got {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{token} in the text of {source} is not a placeholder; use a name like {example}</source>
        <translation>{token} in the text of {source} is not a placeholder; use a name like {example}</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>{key} is empty</source>
        <translation>{key} is empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} must be a duration like 15m, got {got}</source>
        <translation>{key} must be a duration like 15m, got {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be text, got {got}</source>
        <translation>{key} must be text, got {got}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{key} must be {what}, got {got}</source>
        <translation>{key} must be {what}, got {got}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unsupported YAML tag {tag}</source>
        <translation>unsupported YAML tag {tag}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use seconds (90), 90s, 15m, 1h30m, &apos;1h 30m 15s&apos;, mm:ss or h:mm:ss</source>
        <translation>use seconds (90), 90s, 15m, 1h30m, &apos;1h 30m 15s&apos;, mm:ss or h:mm:ss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} (a true/false value)</source>
        <translation>{value} (a true/false value)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (null)</source>
        <translation>{value} (null)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning ({warning}) must be longer than danger ({danger})</source>
        <translation>warning ({warning}) must be longer than danger ({danger})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>warning ({warning}) must be longer than danger ({danger}) (one is inherited)</source>
        <translation>warning ({warning}) must be longer than danger ({danger}) (one is inherited)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning threshold ({threshold}) must be shorter than the segment ({duration})</source>
        <translation>warning threshold ({threshold}) must be shorter than the segment ({duration})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} must be a mapping (key: value lines), got {got}</source>
        <translation>{where} must be a mapping (key: value lines), got {got}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>is a directory, not a file</source>
        <translation>is a directory, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is too large; the limit is {limit} MB</source>
        <translation>file is too large; the limit is {limit} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUL byte in the file</source>
        <translation>NUL byte in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column {column} has no name</source>
        <translation>column {column} has no name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row has {count} cells but the header has {width} columns</source>
        <translation>this row has {count} cells but the header has {width} columns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byte 0x{byte} cannot be read as {expected}; save the file as CSV UTF-8</source>
        <translation>byte 0x{byte} cannot be read as {expected}; save the file as CSV UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken CSV: {reason}</source>
        <translation>broken CSV: {reason}</translation>
    </message>
</context>
<context>
    <name>WebLinksDialog</name>
    <message>
        <location filename="../../runofshow/qt/web_links.py" line="+213"/>
        <source>The web server is not running. %1</source>
        <translation>The web server is not running. %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>New view link</source>
        <translation>New view link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new view link? Speakers, OBS sources and agendas opened with the current one stop updating at once and need the new link.</source>
        <translation>Make a new view link? Speakers, OBS sources and agendas opened with the current one stop updating at once and need the new link.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New control link</source>
        <translation>New control link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new control link? Control pages and Stream Deck buttons using the current one stop working at once and need the new link or token.</source>
        <translation>Make a new control link? Control pages and Stream Deck buttons using the current one stop working at once and need the new link or token.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New link made: the old one no longer works.</source>
        <translation>New link made: the old one no longer works.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New link and token made: the old ones no longer work.</source>
        <translation>New link and token made: the old ones no longer work.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Browser views and Stream Deck</source>
        <translation>Browser views and Stream Deck</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serving on the network. The view link only shows the show: give it to speakers and OBS. The control link can run the show: keep it to your crew. Scan a code with a phone&apos;s camera to open its page.</source>
        <translation>Serving on the network. The view link only shows the show: give it to speakers and OBS. The control link can run the show: keep it to your crew. Scan a code with a phone&apos;s camera to open its page.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serving on this computer only, where every page may also act. Start with --lan to reach other devices (each then needs its link).</source>
        <translation>Serving on this computer only, where every page may also act. Start with --lan to reach other devices (each then needs its link).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>View link: read-only (speakers, OBS, agenda)</source>
        <translation>View link: read-only (speakers, OBS, agenda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control link: runs the show (your crew only)</source>
        <translation>Control link: runs the show (your crew only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker page</source>
        <translation>Speaker page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS overlay (browser source)</source>
        <translation>OBS overlay (browser source)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pages</source>
        <translation>All pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View token</source>
        <translation>View token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control page</source>
        <translation>Control page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator page (panel questions)</source>
        <translation>Moderator page (panel questions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control API</source>
        <translation>Control API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control token</source>
        <translation>Control token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New view link…</source>
        <translation>New view link…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New control link…</source>
        <translation>New control link…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speaker page with the view link</source>
        <translation>The speaker page with the view link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The control page with the control link</source>
        <translation>The control page with the control link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add the header “Authorization: Bearer &lt;control token&gt;”. </source>
        <translation>add the header “Authorization: Bearer &lt;control token&gt;”. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream Deck (Bitfocus Companion, Generic HTTP): a POST button to %1/next, %1/toggle, %1/time with {&quot;seconds&quot;: 60}; %2The README lists every endpoint.</source>
        <translation>Stream Deck (Bitfocus Companion, Generic HTTP): a POST button to %1/next, %1/toggle, %1/time with {&quot;seconds&quot;: 60}; %2The README lists every endpoint.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
</TS>
