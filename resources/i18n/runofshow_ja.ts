<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../runofshow/qt/editor/csv_import.py" line="+40"/>
        <source>Import CSV: %1</source>
        <translation>CSVの読み込み: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file cannot be read as CSV.</source>
        <translation>このファイルはCSVとして読めません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(leave out)</source>
        <translation>(読み込まない)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned times are worked out from the show; not imported</source>
        <translation>予定時刻は番組から計算されるため読み込みません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rows, encoding %2. Choose the key each column holds.</source>
        <translation>%1行、文字コード %2。各列がどのキーか選んでください。</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/file_actions.py" line="+41"/>
        <location filename="../../runofshow/qt/editor/window.py" line="+219"/>
        <source>New show</source>
        <translation>新しい番組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>オープニング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk</source>
        <translation>発表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel discussion</source>
        <translation>パネルディスカッション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>クロージング</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this show first?</source>
        <translation>この番組の変更を先に保存しますか?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open show</source>
        <translation>番組を開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Show files (*.yaml *.yml)</source>
        <translation>番組ファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>This file cannot be edited</source>
        <translation>このファイルは編集できません</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+25"/>
        <source>The show could not be saved</source>
        <translation>番組を保存できませんでした</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Saved; the previous version is kept as %1</source>
        <translation>保存しました。前の版は %1 に残してあります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save show as</source>
        <translation>番組の保存先</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The show has problems</source>
        <translation>番組に問題があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The show has problems (%1); the app cannot run it until they are fixed. Save anyway?</source>
        <translation>番組に問題があります(%1 件)。直すまでアプリでは進行できません。それでも保存しますか?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file changed on disk and was read again</source>
        <translation>ファイルがディスク上で変更されたため読み直しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file changed on disk</source>
        <translation>ファイルがディスク上で変更されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed %1 while you were editing it.</source>
        <translation>編集中に %1 が他の人によって変更されました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload (discard my edits)</source>
        <translation>読み直す(自分の変更を破棄)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my edits as a copy…</source>
        <translation>自分の変更をコピーとして保存…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export CSV</source>
        <translation>CSVへ書き出し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CSV file could not be written</source>
        <translation>CSVファイルを書き込めませんでした</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import CSV</source>
        <translation>CSVの読み込み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSVファイル (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+29"/>
        <source>Fix the show&apos;s problems before printing</source>
        <translation>印刷の前に番組の問題を直してください</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export run sheet as PDF</source>
        <translation>進行表をPDFへ書き出し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PDF file could not be written</source>
        <translation>PDFファイルを書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/live_panel.py" line="+45"/>
        <source>Set remaining</source>
        <translation>残り時間を設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5:00</source>
        <translation>例: 5:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remaining time of the segment on air; applied as added or removed time (Ctrl+Z in the console undoes it)</source>
        <translation>放送中のセグメントの残り時間。時間の追加・削減として適用します(コンソールの Ctrl+Z で取り消せます)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On air now: %1 · %2 left</source>
        <translation>放送中: %1 · 残り %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the remaining time like 5:00, 4m30s or 90</source>
        <translation>残り時間は 5:00、4m30s、90 のように書いてください</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/page_dialog.py" line="+21"/>
        <source>Run sheet paper</source>
        <translation>進行表の用紙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/problems_panel.py" line="+23"/>
        <source>Segment %1</source>
        <translation>セグメント %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../runofshow/qt/editor/window.py" line="-79"/>
        <source>Show</source>
        <translation>番組</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No problems: the show is ready to save.</source>
        <translation>問題はありません。保存できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: %1. Double click one to go to its field.</source>
        <translation>問題: %1 件。ダブルクリックでその項目へ移動します。</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/segments_panel.py" line="+76"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a segment after the selected one (Ctrl+Shift+N)</source>
        <translation>選択中のセグメントの後に追加 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate the selected segment (Ctrl+D)</source>
        <translation>選択中のセグメントを複製 (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected segment (Delete)</source>
        <translation>選択中のセグメントを削除 (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Alt+Up)</source>
        <translation>上へ移動 (Alt+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+Down)</source>
        <translation>下へ移動 (Alt+↓)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add segment</source>
        <translation>セグメントの追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate segment</source>
        <translation>セグメントの複製</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete segment</source>
        <translation>セグメントの削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move segment</source>
        <translation>セグメントの移動</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/window.py" line="-15"/>
        <source>&amp;New from template</source>
        <translation>テンプレートから新規作成(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a &amp;copy…</source>
        <translation>コピーとして保存(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSVの読み込み(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSVへ書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print run sheet…</source>
        <translation>進行表を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export run sheet as &amp;PDF…</source>
        <translation>進行表をPDFへ書き出し(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1%2 — Show editor</source>
        <translation>%1%2 — 番組エディタ</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/runsheet.py" line="+82"/>
        <source>Speakers:</source>
        <translation>登壇者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue cards</source>
        <translation>キューカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream notes</source>
        <translation>配信メモ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On air %1 (%2) · planned end %3 · %4 segments</source>
        <translation>放送開始 %1 (%2) · 終了予定 %3 · %4 セグメント</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hard start %1</source>
        <translation>開始時刻固定 %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Run sheet</source>
        <translation>進行表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../runofshow/qt/app.py" line="+196"/>
        <source>It was turned off with --no-server.</source>
        <translation>--no-server で無効にされています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1 could not be opened; start with --port to choose another.</source>
        <translation>ポート %1 を開けませんでした。--port で別のポートを指定して起動してください。</translation>
    </message>
</context>
<context>
    <name>ChaptersDialog</name>
    <message>
        <location filename="../../runofshow/qt/history/chapters_dialog.py" line="+21"/>
        <source>YouTube chapters</source>
        <translation>YouTube チャプター</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste these lines into the video description:</source>
        <translation>以下の行を動画の概要欄に貼り付けてください:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../runofshow/app/commands.py" line="+332"/>
        <source>Show</source>
        <translation>進行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GO: start / pause / resume</source>
        <translation>GO: 開始 / 一時停止 / 再開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next segment</source>
        <translation>次のセグメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous segment</source>
        <translation>前のセグメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Prev</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to segment</source>
        <translation>セグメントへ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change time</source>
        <translation>時間を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>± time</source>
        <translation>± 時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a minute</source>
        <translation>1分延長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a minute</source>
        <translation>1分短縮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 min</source>
        <translation>−1分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next cue card</source>
        <translation>次のキューカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card ▶</source>
        <translation>カード ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous cue card</source>
        <translation>前のキューカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Card</source>
        <translation>◀ カード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear message on screen</source>
        <translation>表示中のメッセージを消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Blackout</source>
        <translation>暗転</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End show</source>
        <translation>本番終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset show</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../runofshow/obs/service.py" line="+60"/>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Pause OBS automation</source>
        <translation>OBS の自動切替を一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause OBS</source>
        <translation>OBS を一時停止</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the OBS scene now</source>
        <translation>OBS のシーンをいま適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply scene</source>
        <translation>シーンを適用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use OBS in this rehearsal</source>
        <translation>このリハーサルで OBS を使う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS in rehearsal</source>
        <translation>リハで OBS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check OBS scenes and sources</source>
        <translation>OBS のシーンとソースを確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check OBS</source>
        <translation>OBS を確認</translation>
    </message>
    <message>
        <location filename="../../runofshow/questions/commands.py" line="+19"/>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a question</source>
        <translation>質問を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put the question on air</source>
        <translation>質問をオンエアする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On air</source>
        <translation>オンエア</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the question answered</source>
        <translation>質問を回答済みにする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip the question</source>
        <translation>質問をスキップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to the queue</source>
        <translation>キューに戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to queue</source>
        <translation>キューへ戻す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the question</source>
        <translation>質問を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the asker on the overlay</source>
        <translation>質問者をオーバーレイに表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asker</source>
        <translation>質問者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next question on air</source>
        <translation>次の質問をオンエア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question</source>
        <translation>次の質問</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo in the question queue</source>
        <translation>質問キューを取り消し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo queue</source>
        <translation>キューを取り消し</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo in the question queue</source>
        <translation>質問キューをやり直し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo queue</source>
        <translation>キューをやり直し</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../runofshow/qt/history/chart.py" line="+119"/>
        <source>Select runs to compare</source>
        <translation>比較する実施回を選択してください</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Plan</source>
        <translation>予定</translation>
    </message>
</context>
<context>
    <name>ConsoleCommands</name>
    <message>
        <location filename="../../runofshow/qt/console/commands.py" line="+53"/>
        <source>Press %1.</source>
        <translation>%1 キーを押してください。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The show is live. %1 anyway? This run stops here.</source>
        <translation>本番中です。それでも「%1」を実行しますか？ この回の記録はここで終わります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now: %1 (Ctrl+Z undoes)</source>
        <translation>実行: %1 (Ctrl+Z で取り消し)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone.</source>
        <translation>取り消しました。</translation>
    </message>
</context>
<context>
    <name>ConsoleControls</name>
    <message>
        <location filename="../../runofshow/qt/console/controls.py" line="+87"/>
        <source>Notes</source>
        <translation>ノート</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+36"/>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Show</source>
        <translation>進行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select next block</source>
        <translation>次のブロックを選択</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select previous block</source>
        <translation>前のブロックを選択</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rehearsal mode</source>
        <translation>リハーサルモード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rehearse the selected segment alone</source>
        <translation>選択したセグメントだけをリハーサル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a message</source>
        <translation>メッセージを入力</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker window</source>
        <translation>登壇者画面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch slide / stream notes</source>
        <translation>スライドノート / 配信ノート切替</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show next stream notes</source>
        <translation>次の配信ノートを表示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom timeline in</source>
        <translation>タイムラインを拡大</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom timeline out</source>
        <translation>タイムラインを縮小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit timeline to window</source>
        <translation>タイムラインを全体表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run history</source>
        <translation>実施履歴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser views and Stream Deck…</source>
        <translation>ブラウザ表示と Stream Deck…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open show…</source>
        <translation>進行表を開く…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit show…</source>
        <translation>番組を編集…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New show from template…</source>
        <translation>テンプレートから新しい番組…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences…</source>
        <translation>環境設定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a question from the chat</source>
        <translation>チャットの質問を入力</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the selected question up</source>
        <translation>選んだ質問を上へ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the selected question down</source>
        <translation>選んだ質問を下へ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import survey…</source>
        <translation>アンケートを読み込む…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question queue</source>
        <translation>質問キュー</translation>
    </message>
</context>
<context>
    <name>ConsoleFiles</name>
    <message>
        <location filename="../../runofshow/qt/console/files.py" line="+41"/>
        <source>Open show</source>
        <translation>進行表を開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show files (*.yaml *.yml);;All files (*)</source>
        <translation>進行表ファイル (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No recent shows</source>
        <translation>最近開いた進行表はありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear recent shows</source>
        <translation>履歴を消去</translation>
    </message>
</context>
<context>
    <name>ConsoleFormatting</name>
    <message>
        <location filename="../../runofshow/qt/console/formatting.py" line="+53"/>
        <source>on time</source>
        <translation>定刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1 behind</source>
        <translation>%1 押し</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>%1 ahead</source>
        <translation>%1 巻き</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>on pace</source>
        <translation>ペース通り</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OVER %1</source>
        <translation>超過 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DANGER</source>
        <translation>残りわずか</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WRAP UP</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLD</source>
        <translation>固定開始待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME LEFT</source>
        <translation>残り時間</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../runofshow/qt/console/window.py" line="+210"/>
        <source>REHEARSAL</source>
        <translation>リハーサル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show</source>
        <translation>進行(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Time</source>
        <translation>時間(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peaker</source>
        <translation>登壇者(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;OBS</source>
        <translation>&amp;OBS</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Questions</source>
        <translation>質問(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>最近開いた進行表(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not open) — runofshow</source>
        <translation>%1 (開けていません) — runofshow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 — runofshow</source>
        <translation>%1 — %2 — runofshow</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Select a segment in the timeline first.</source>
        <translation>先にタイムラインでセグメントを選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a message first (M).</source>
        <translation>先にメッセージを入力してください (M)。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>GO: Start</source>
        <translation>GO: 開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GO: Pause</source>
        <translation>GO: 一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GO: Resume</source>
        <translation>GO: 再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo %1</source>
        <translation>取り消し: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo %1</source>
        <translation>やり直し: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The speaker screen %1 is gone: the speaker display is hidden and comes back there when the screen does (F11 shows it elsewhere).</source>
        <translation>登壇者用の画面 %1 が外れました。登壇者画面は隠してあり、画面が戻るとそこに戻ります (F11 で別の画面に表示できます)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The speaker screen %1 is back: the speaker display is on it again.</source>
        <translation>登壇者用の画面 %1 が戻りました。登壇者画面を再びそこに表示しています。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Storage works again: everything is written.</source>
        <translation>保存できるようになりました。すべて書き込みました。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Imported %1 questions (%2 already there).</source>
        <translation>質問を %1 件読み込みました (%2 件は登録済み)。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+15"/>
        <source>The live show is on air: end it (Ctrl+E) or reset it to rehearse.</source>
        <translation>本番の配信中です。リハーサルするには本番を終了 (Ctrl+E) するかリセットしてください。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Leave rehearsal</source>
        <translation>リハーサルを終える</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot switch rehearsal mode now.</source>
        <translation>今はリハーサルモードを切り替えられません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rehearse one segment</source>
        <translation>1セグメントだけリハーサル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open another show</source>
        <translation>別の進行表を開く</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show file reloaded.</source>
        <translation>進行表を再読み込みしました。</translation>
    </message>
</context>
<context>
    <name>CountdownPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/countdown.py" line="+107"/>
        <source>REHEARSAL</source>
        <translation>リハーサル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal: kept in run history as a rehearsal; live outputs are not touched.</source>
        <translation>リハーサル: 実施履歴にリハーサルとして記録します。本番の出力には影響しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day (show time zone)</source>
        <translation>現在時刻 (進行表のタイムゾーン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAUSED</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHOW ENDED</source>
        <translation>本番終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show ended · planned end %1</source>
        <translation>終了 · 予定終了 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PAUSED · %1</source>
        <translation>一時停止中 · %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Elapsed %1 / %2</source>
        <translation>経過 %1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added</source>
        <translation>%1 追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STANDBY</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned for %1 · Space goes live</source>
        <translation>予定 %1 · Space で本番開始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On air in %1</source>
        <translation>配信開始まで %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: press Space to go on air</source>
        <translation>準備完了: Space で開始</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>HARD START NOW: move on to “%1” (→)</source>
        <translation>固定開始の時刻です: 「%1」へ進んでください (→)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Squeezed: hard start %1 · %2 to go</source>
        <translation>詰めています: 固定開始 %1 まで あと %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break until the hard start %1 · %2 to go</source>
        <translation>固定開始 %1 まで休憩 · あと %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then hold until the hard start %1 · %2 to go</source>
        <translation>終了後は固定開始 %1 まで待機 · あと %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holding for the hard start %1 · %2 to go</source>
        <translation>固定開始 %1 を待っています · あと %2</translation>
    </message>
</context>
<context>
    <name>CueCardsPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/cue_cards.py" line="+135"/>
        <source>CUE CARDS</source>
        <translation>キューカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>] next card · [ previous card</source>
        <translation>] 次のカード · [ 前のカード</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No cue cards for this segment</source>
        <translation>このセグメントにはキューカードがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card %1 of %2</source>
        <translation>カード %1 / %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+69"/>
        <source>NOW</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>NEXT</source>
        <translation>次</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../runofshow/qt/editor/fields.py" line="+62"/>
        <source>Edit %1</source>
        <translation>%1の編集</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Already on air: this cannot change now (the remaining time can)</source>
        <translation>放送済み・放送中のため変更できません(残り時間は変更できます)</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/list_field.py" line="+45"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Add %1</source>
        <translation>%1の追加</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove %1</source>
        <translation>%1の削除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move %1</source>
        <translation>%1の移動</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/editor/map_field.py" line="+35"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../runofshow/qt/editor/labels.py" line="+16"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue cards</source>
        <translation>キューカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danger</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>目安時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide notes</source>
        <translation>スライドメモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream notes</source>
        <translation>配信メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel questions</source>
        <translation>パネル質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>質問者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto start</source>
        <translation>自動開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube chapter</source>
        <translation>YouTube チャプター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text sources</source>
        <translation>テキストソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition</source>
        <translation>トランジション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS automation</source>
        <translation>OBS 自動操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the show</source>
        <translation>開始前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the show</source>
        <translation>終了後</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../runofshow/qt/history/window.py" line="+222"/>
        <source>Run history</source>
        <translation>実施履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan vs actual</source>
        <translation>予定と実績</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue cards</source>
        <translation>キューカード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action log</source>
        <translation>操作ログ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>Markdown に書き出す…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube chapters…</source>
        <translation>YouTube チャプター…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between the stream going live and the first segment starting</source>
        <translation>配信開始から最初のセグメント開始までの秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream went live before the start by:</source>
        <translation>配信開始から本編開始までの時間:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No chapters for breaks</source>
        <translation>休憩はチャプターにしない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers in chapter titles</source>
        <translation>チャプター名に登壇者を入れる</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The run history cannot be read now: %1</source>
        <translation>実施履歴をいま読み込めません: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Run</source>
        <translation>実施回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click to rename</source>
        <translation>ダブルクリックで名前を変更</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Runs of %1</source>
        <translation>%1 の実施履歴</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rehearsal</source>
        <translation>リハーサル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>本番</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/history/tables.py" line="+79"/>
        <location line="+9"/>
        <location line="+87"/>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+9"/>
        <location line="+58"/>
        <source>Plan</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Projected start of %1</source>
        <translation>%1 の開始見込み</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cue card</source>
        <translation>キューカード</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run time</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>操作元</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control page</source>
        <translation>操作ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Recovered after restart</source>
        <translation>再起動後に復元</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/history/window.py" line="+138"/>
        <source>Rename run</source>
        <translation>実施回の名前を変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on this run</source>
        <translation>この実施回のメモ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete runs</source>
        <translation>実施回を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 run(s) for good?
%2</source>
        <translation>%1 件の実施回を完全に削除しますか？
%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select one run first.</source>
        <translation>実施回を 1 つ選択してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export CSV</source>
        <translation>CSV に書き出す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Markdown</source>
        <translation>Markdown に書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>YouTube chapters</source>
        <translation>YouTube チャプター</translation>
    </message>
</context>
<context>
    <name>LoadErrorDialog</name>
    <message>
        <location filename="../../runofshow/qt/console/files.py" line="+38"/>
        <source>Show could not be opened</source>
        <translation>進行表を開けませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has %2 problem(s). The show that was open stays open.</source>
        <translation>%1 に %2 件の問題があります。開いていた進行表はそのままです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../runofshow/qt/locale_format.py" line="+18"/>
        <source>ddd d MMM</source>
        <translation>M月d日(ddd)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../runofshow/qt/console/message_bar.py" line="+125"/>
        <source>Message to the speaker (M to write, Enter to send)</source>
        <translation>登壇者へのメッセージ (M で入力、Enter で送信)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash</source>
        <translation>点滅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPING · Enter sends · Esc leaves</source>
        <translation>入力中 · Enter で送信 · Esc で終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash the message on the speaker screen for 3 seconds</source>
        <translation>登壇者画面でメッセージを 3 秒間点滅させる</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message on screen</source>
        <translation>表示中のメッセージなし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On screen: %1</source>
        <translation>表示中: %1</translation>
    </message>
</context>
<context>
    <name>NoShowPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/no_show.py" line="+76"/>
        <source>No show is open</source>
        <translation>番組が開かれていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be opened (%2 problem(s)). Fix the file: it opens as soon as it is valid. No other show is opened in its place.</source>
        <translation>%1 を開けませんでした (問題 %2 件)。ファイルを直すと、正しくなった時点で自動的に開きます。代わりに別の番組を開くことはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a show file (Ctrl+O), or drop one on the window.</source>
        <translation>番組ファイルを開くか (Ctrl+O)、ウィンドウにドロップしてください。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/notes.py" line="+116"/>
        <source>STREAM NOTES · operator only (N: slide notes)</source>
        <translation>配信ノート · オペレーター用 (N: スライドノート)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLIDE NOTES · the speaker&apos;s notes (N: stream notes)</source>
        <translation>スライドノート · 登壇者のメモ (N: 配信ノート)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no notes)</source>
        <translation>(ノートなし)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NEXT · end of show</source>
        <translation>次 · 本番終了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEXT · %1 · stream notes</source>
        <translation>次 · %1 · 配信ノート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no stream notes)</source>
        <translation>(配信ノートなし)</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../runofshow/qt/console/banner.py" line="+30"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resumed after a crash at %1 — %2 of downtime counted as elapsed</source>
        <translation>%1 のクラッシュから復帰しました — 停止していた %2 は経過時間に含めています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed after a crash at %1 — %2 of downtime; the clock was stopped</source>
        <translation>%1 のクラッシュから復帰しました — 停止時間 %2 (タイマーは止まっていました)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The crash journal was damaged (%1), so the show starts in standby. The damaged file was kept as %2.</source>
        <translation>クラッシュ復帰用のジャーナルが壊れていたため (%1)、待機状態から始めます。壊れたファイルは %2 として残しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The crash journal %2 was damaged (%1), so the show starts in standby.</source>
        <translation>クラッシュ復帰用のジャーナル %2 が壊れていたため (%1)、待機状態から始めます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run history was damaged (%1). It was kept as %2 and a new one was started.</source>
        <translation>実施履歴が壊れていました (%1)。%2 として残し、新しい履歴を始めました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No run history is recorded this session: %1</source>
        <translation>このセッションでは実施履歴を記録しません: %1</translation>
    </message>
</context>
<context>
    <name>NowNextPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/now_next.py" line="+111"/>
        <source>(end of show)</source>
        <translation>(本番終了)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+1"/>
        <source>NEXT</source>
        <translation>次</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>LAST</source>
        <translation>最後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOW</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned %1–%2</source>
        <translation>予定 %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ends ~%1</source>
        <translation>終了見込み %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned %1</source>
        <translation>予定 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>projected %1</source>
        <translation>見込み %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hard start %1</source>
        <translation>固定開始 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Next hard start %2: “%3”, in %4</source>
        <translation>%1 次の固定開始 %2: 「%3」 あと %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show: %1</source>
        <translation>進行: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends %1 (planned %2)</source>
        <translation>終了見込み %1 (予定 %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show: planned for %1</source>
        <translation>進行: 予定 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it starts now, it ends ~%1</source>
        <translation>今始めると ~%1 に終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends ~%1</source>
        <translation>終了見込み ~%1</translation>
    </message>
</context>
<context>
    <name>ObsMessages</name>
    <message>
        <location filename="../../runofshow/obs/messages.py" line="+13"/>
        <source>OBS is not answering at %1: is it running, with its WebSocket server on? (%2)</source>
        <translation>%1 の OBS が応答しません。OBS は起動していて、WebSocket サーバーはオンですか？ (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OBS at %1 did not answer in time.</source>
        <translation>%1 の OBS が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS at %1 asks for a password: set it in Preferences.</source>
        <translation>%1 の OBS がパスワードを求めています。環境設定で設定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OBS at %1 refused the password: check it in Preferences and in OBS (Tools &gt; WebSocket Server Settings).</source>
        <translation>%1 の OBS がパスワードを拒否しました。環境設定と OBS（ツール &gt; WebSocket サーバー設定）で確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What answers at %1 is not OBS with obs-websocket 5 (%2).</source>
        <translation>%1 で応答しているのは obs-websocket 5 の OBS ではありません (%2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to OBS at %1 was lost.</source>
        <translation>%1 の OBS との接続が切れました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS refused “%1”: %2</source>
        <translation>OBS が「%1」を受け付けませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not switched to “%1”.</source>
        <translation>「%1」に切り替わっていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS went on air during the rehearsal: the rehearsal no longer drives it.</source>
        <translation>リハーサル中に OBS が配信・録画を始めたため、リハーサルからの OBS 操作を止めました。</translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/obs_panel.py" line="+73"/>
        <source>Check %1: OBS could not be asked.</source>
        <translation>確認 %1: OBS に問い合わせできませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check %1: OBS has all %2 scenes and %3 text sources of the show.</source>
        <translation>確認 %1: 番組で使う %2 個のシーンと %3 個のテキストソースはすべて OBS にあります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scene “%1”</source>
        <translation>シーン「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text source “%1”</source>
        <translation>テキストソース「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a text source</source>
        <translation>「%1」はテキストソースではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>transition “%1”</source>
        <translation>トランジション「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check %1 — missing in OBS: %2</source>
        <translation>確認 %1 — OBS にないもの: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OBS %1 connected (%2)</source>
        <translation>OBS %1 接続済み (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OBS not connected (%1)</source>
        <translation>OBS 未接続 (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to OBS at %1…</source>
        <translation>%1 の OBS に接続しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This rehearsal drives OBS.</source>
        <translation>このリハーサルは OBS を操作します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal: OBS is left alone.</source>
        <translation>リハーサル: OBS は操作しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On air: %1</source>
        <translation>オンエア: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected: %1</source>
        <translation>予定: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>AUTOMATION PAUSED — %1 resumes</source>
        <translation>自動切替を一時停止中 — %1 で再開</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume OBS</source>
        <translation>OBS を再開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause OBS</source>
        <translation>OBS を一時停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCENE DIFFERS</source>
        <translation>シーンが違います</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../runofshow/qt/preferences.py" line="+115"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System setting</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker display:</source>
        <translation>登壇者画面:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide seconds (show whole minutes)</source>
        <translation>秒を表示しない (分単位で表示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The S key on the speaker display toggles it too.</source>
        <translation>登壇者画面で S キーを押しても切り替えられます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes apply at once to every open window.</source>
        <translation>変更は開いているすべてのウィンドウにすぐ反映されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OBS WebSocket:</source>
        <translation>&amp;OBS の WebSocket:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST:PORT, e.g. 127.0.0.1:4455 (empty: no OBS)</source>
        <translation>ホスト:ポート 例 127.0.0.1:4455（空欄: OBS を使わない）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS &amp;password:</source>
        <translation>OBS の&amp;パスワード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>変更しない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the system keyring.</source>
        <translation>パスワードはシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in %1, readable only by you (no keyring here).</source>
        <translation>パスワードは %1 に保存されます（あなただけが読めるファイル。この環境にはキーリングがありません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OBS: Tools &gt; WebSocket Server Settings shows the port and password.</source>
        <translation>ポートとパスワードは OBS の「ツール &gt; WebSocket サーバー設定」で確認できます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write the address as HOST:PORT, e.g. 127.0.0.1:4455.</source>
        <translation>アドレスは ホスト:ポート の形で書いてください（例 127.0.0.1:4455）。</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../runofshow/app/questions.py" line="+51"/>
        <location filename="../../runofshow/qt/console/confirm.py" line="+21"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../runofshow/qt/console/confirm.py" line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The show is planned for %1, more than 12 hours from now. Move the plan to start now, or run it as planned?</source>
        <translation>この番組の予定は %1 で、今から 12 時間以上離れています。予定を今から始まるように移しますか、それとも予定どおりに進めますか？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the plan to start now</source>
        <translation>予定を今に移す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as planned</source>
        <translation>予定どおりに進める</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” has a hard start at %2, %3 from now. Start it now anyway?</source>
        <translation>「%1」は %2 の固定開始で、まだ %3 あります。今すぐ始めますか？</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Jump to “%1” now? The current segment ends here. Undo brings it back.</source>
        <translation>今すぐ「%1」へ移りますか？ 現在のセグメントはここで終わります。元に戻すで戻せます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>End the show now? The clock stops for good.</source>
        <translation>本番を今すぐ終了しますか？ タイマーは完全に停止します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset the show to standby? Everything timed so far is cleared.</source>
        <translation>スタンバイに戻しますか？ これまでの計測はすべて消去されます。</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../runofshow/qt/console/questions.py" line="+234"/>
        <source>Question from the chat (Q)</source>
        <translation>チャットの質問 (Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q: type or paste a question from the chat; Enter adds it to the queue</source>
        <translation>Q: チャットの質問を入力するか貼り付け、Enter でキューに追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asker (optional)</source>
        <translation>質問者 (任意)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on overlay</source>
        <translation>オーバーレイに名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who asked on the overlay&apos;s lower third</source>
        <translation>オーバーレイの下部テロップに質問者の名前を出す</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+33"/>
        <source>Follow the show</source>
        <translation>進行に合わせる</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Follow the show: %1</source>
        <translation>進行に合わせる: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 waiting · %2 answered · %3 skipped</source>
        <translation>待ち %1 · 回答済み %2 · スキップ %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The queue cannot be written: %1. It is kept and written as soon as the folder works again.</source>
        <translation>キューを書き込めません: %1。内容は保持され、フォルダーが使えるようになりしだい書き込みます。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ON AIR</source>
        <translation>オンエア中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>事前準備</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No question on air (F6 puts the next one on)</source>
        <translation>オンエア中の質問はありません (F6 で次の質問へ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ON AIR · %1</source>
        <translation>オンエア中 · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asked by %1</source>
        <translation>%1 さんから</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo queue: %1</source>
        <translation>キューを取り消し: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo queue: %1</source>
        <translation>キューをやり直し: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start again from the prepared questions</source>
        <translation>用意した質問からやり直し</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type or paste a question first (Q).</source>
        <translation>先に質問を入力するか貼り付けてください (Q)。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>Select a question in the queue first.</source>
        <translation>先にキューの質問を選んでください。</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../runofshow/app/refusals.py" line="+54"/>
        <source>There is no segment &apos;%1&apos;; the show has: %2.</source>
        <translation>セグメント「%1」はありません。この進行表にあるのは: %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That input is not valid.</source>
        <translation>入力が正しくありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: the text has a character that cannot be shown (a control character or half of an emoji). Remove it and send again.</source>
        <translation>送信していません: 表示できない文字 (制御文字か、絵文字の片割れ) が含まれています。取り除いてからもう一度送ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no such command.</source>
        <translation>そのコマンドはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such segment.</source>
        <translation>そのセグメントはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The show changed meanwhile, so nothing was done.</source>
        <translation>その間に進行が変わったため、何もしていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No show is open.</source>
        <translation>進行表が開かれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This needs an answer first; nothing was done.</source>
        <translation>先に確認への回答が必要です。何も変更していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not done: the answer was No.</source>
        <translation>実行しませんでした (回答は「いいえ」)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That segment is already the current one.</source>
        <translation>そのセグメントは既に進行中です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The show is already on.</source>
        <translation>既に開始しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment ends at the hard start: changing its time changes nothing.</source>
        <translation>このセグメントは固定開始の時刻で終わります。時間を変えても変わりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This segment has no cue cards.</source>
        <translation>このセグメントにはキューカードがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no message to clear.</source>
        <translation>消去するメッセージはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last cue card.</source>
        <translation>最後のキューカードです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first cue card.</source>
        <translation>最初のキューカードです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last segment: use End show to finish.</source>
        <translation>最後のセグメントです。終えるには「本番終了」を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the first segment.</source>
        <translation>最初のセグメントです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The show is not paused.</source>
        <translation>一時停止していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show is not running.</source>
        <translation>進行中ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the show first.</source>
        <translation>先に開始してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to reset: the show is in standby.</source>
        <translation>スタンバイ中のためリセットするものはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>取り消す操作はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo.</source>
        <translation>やり直す操作はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The show has ended: undo or reset it first.</source>
        <translation>本番は終了しています。先に取り消すかリセットしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove that much: no time would be left.</source>
        <translation>それ以上は減らせません (残り時間がなくなります)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to add.</source>
        <translation>追加する時間がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OBS is not set up: give its address in Preferences.</source>
        <translation>OBS が設定されていません。環境設定でアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OBS stays out of this rehearsal: turn it on first.</source>
        <translation>このリハーサルでは OBS を操作しません。先にオンにしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live, OBS always follows the show: this is for rehearsals.</source>
        <translation>本番では OBS は常に進行に合わせて動きます。これはリハーサル用です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OBS is streaming or recording: a rehearsal must not drive it.</source>
        <translation>OBS が配信中か録画中です。リハーサルからは操作できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The show sends nothing to OBS here.</source>
        <translation>ここでは OBS に送るものがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such question.</source>
        <translation>その質問はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That question is already in the queue.</source>
        <translation>その質問はすでにキューにあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A question needs some text.</source>
        <translation>質問の文を入れてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No question is waiting in the queue.</source>
        <translation>キューに待っている質問はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question is on air.</source>
        <translation>オンエア中の質問はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question has no asker to show.</source>
        <translation>この質問には表示する質問者がいません。</translation>
    </message>
    <message>
        <location filename="../../runofshow/app/commands.py" line="-228"/>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;.</source>
        <translation>「%1」は引数「%2」を取りません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; must be %2.</source>
        <translation>&apos;%1&apos; は %2 にしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs &apos;%2&apos; (%3).</source>
        <translation>「%1」には「%2」(%3) が必要です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be true or false.</source>
        <translation>「%1」は true か false にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be text.</source>
        <translation>「%1」は文字列にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is at most %2 characters.</source>
        <translation>「%1」は %2 文字までです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; contains half of a character (%2, an unpaired surrogate, as a broken emoji is sent); it cannot be stored or shown.</source>
        <translation>&apos;%1&apos; に文字の片割れ (%2、壊れた絵文字で送られる対になっていないサロゲート) が含まれています。保存も表示もできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; contains the control character %2; only line breaks and tabs are allowed.</source>
        <translation>&apos;%1&apos; に制御文字 %2 が含まれています。使える制御文字は改行とタブだけです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; must be a segment id.</source>
        <translation>「%1」にはセグメント ID を指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be one of %2.</source>
        <translation>&apos;%1&apos; は次のいずれかにしてください: %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be a whole number from 0.</source>
        <translation>&apos;%1&apos; は 0 以上の整数にしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; must be a number of seconds.</source>
        <translation>「%1」は秒数 (数値) にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; must be a number of seconds; negative removes time.</source>
        <translation>「%1」は秒数 (数値) にしてください。マイナスで時間を減らします。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; must be non-zero and at most a day.</source>
        <translation>「%1」は 0 以外で、1 日以内にしてください。</translation>
    </message>
    <message>
        <location filename="../../runofshow/app/outcome.py" line="+43"/>
        <source>&quot;expect&quot; must be {&quot;segment&quot;: id} or {&quot;revision&quot;: n}.</source>
        <translation>&quot;expect&quot; は {&quot;segment&quot;: id} か {&quot;revision&quot;: n} にしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;expect.segment&quot; must be a segment id.</source>
        <translation>&quot;expect.segment&quot; にはセグメント ID を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;expect.revision&quot; must be a whole number.</source>
        <translation>&quot;expect.revision&quot; は整数にしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone acted first: &apos;%2&apos; is the current segment now, not &apos;%1&apos;. Nothing was done.</source>
        <translation>先に誰かが操作しました: 現在のセグメントは「%1」ではなく「%2」です。何もしていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone acted first: the show is at revision %2 now, not %1. Nothing was done.</source>
        <translation>先に誰かが操作しました: 進行は版 %1 ではなく版 %2 になっています。何もしていません。</translation>
    </message>
    <message>
        <location filename="../../runofshow/web/server.py" line="+387"/>
        <source>The request body is too large.</source>
        <translation>リクエストの本文が大きすぎます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method not allowed here.</source>
        <translation>ここではそのメソッドは使えません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No such page or endpoint.</source>
        <translation>そのページやエンドポイントはありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Internal error.</source>
        <translation>内部エラーです。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A valid access token is required.</source>
        <translation>有効なアクセストークンが必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This link can only view the show; acting needs the control link.</source>
        <translation>このリンクでは閲覧しかできません。操作するには操作用リンクが必要です。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The app did not answer in time.</source>
        <translation>アプリが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Too many live views are connected.</source>
        <translation>接続しているライブ表示が多すぎます。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The body is not valid JSON.</source>
        <translation>本文が正しい JSON ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body must be a JSON object.</source>
        <translation>本文は JSON オブジェクトにしてください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../runofshow/qt/console/shortcuts_sheet.py" line="+37"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>SpeakerWindow</name>
    <message>
        <location filename="../../runofshow/qt/speaker/content.py" line="+94"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>事前準備</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QUESTION</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asked by %1</source>
        <translation>%1 さんから</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PLANNED FOR</source>
        <translation>予定日時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ON AIR IN</source>
        <translation>配信開始まで</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTING SOON</source>
        <translation>まもなく開始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHOW ENDED</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>ありがとうございました！</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TIME LEFT</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRAP UP</source>
        <translation>まとめに入ってください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FINISH UP</source>
        <translation>巻きでお願いします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVER TIME</source>
        <translation>時間超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOLD</source>
        <translation>固定開始待ち</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../runofshow/qt/speaker/layout.py" line="+297"/>
        <source>PAUSED</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card %1/%2</source>
        <translation>カード %1/%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>NO SHOW</source>
        <translation>進行表なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No show loaded</source>
        <translation>進行表が読み込まれていません</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/speaker/layout.py" line="-4"/>
        <source>standby</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>REHEARSAL</source>
        <translation>リハーサル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next card: %1</source>
        <translation>次のカード: %1</translation>
    </message>
    <message>
        <location filename="../../runofshow/qt/speaker/window.py" line="+50"/>
        <location line="+236"/>
        <source>Speaker display</source>
        <translation>登壇者画面</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <location filename="../../runofshow/qt/console/storage_banner.py" line="+66"/>
        <source>Storage problem since %1: the show goes on and nothing is lost while the app runs</source>
        <translation>%1 から保存の問題: 進行は続いています。アプリを起動している間は何も失われません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is all written as soon as the folder works again: free some space or make it writable. Folder: %1</source>
        <translation>フォルダーが使えるようになりしだい、すべて書き込みます。空き容量を作るか、書き込めるようにしてください。フォルダー: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The crash journal cannot be written: %1.</source>
        <translation>クラッシュ復帰用のジャーナルを書き込めません: %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run history is locked by another program; %1 event(s) are waiting.</source>
        <translation>実施履歴が別のプログラムにロックされています。%1 件の記録が書き込み待ちです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run history cannot be written: %2; %1 event(s) are waiting.</source>
        <translation>実施履歴を書き込めません: %2。%1 件の記録が書き込み待ちです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question queue cannot be written: %1.</source>
        <translation>質問キューを書き込めません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 を書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../runofshow/qt/console/survey_dialog.py" line="+50"/>
        <location line="+204"/>
        <source>Import survey</source>
        <translation>アンケートの読み込み</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 questions to import from %2 rows · %3 blank rows and %4 duplicates skipped · %5 rows left out</source>
        <translation>%2 行から %1 件の質問を読み込みます · 空行 %3 と重複 %4 はスキップ · %5 行は除外</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read as %1</source>
        <translation>%1 として読み込み</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skipped: no question in this row</source>
        <translation>スキップ：この行には質問がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the same question is already there</source>
        <translation>スキップ：同じ質問がすでにあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: see the problems below</source>
        <translation>除外：下の問題を参照してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asker</source>
        <translation>質問者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This file cannot be imported:</source>
        <translation>このファイルは読み込めません:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The questions could not be saved: %1</source>
        <translation>質問を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question text</source>
        <translation>質問の文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asker</source>
        <translation>質問者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <location filename="../../runofshow/qt/console/timeline.py" line="+304"/>
        <source>Planned %1–%2 (%3)</source>
        <translation>予定 %1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚑ Hard start %1</source>
        <translation>⚑ 固定開始 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the show moves on by itself</source>
        <translation>自動で進みます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual %1–%2</source>
        <translation>実績 %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double click or Enter: go to this segment</source>
        <translation>ダブルクリックか Enter: このセグメントへ移動</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Planned end %1</source>
        <translation>予定終了 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected end %1 (%2)</source>
        <translation>終了見込み %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected end %1</source>
        <translation>終了見込み %1</translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <location filename="../../runofshow/qt/validation_messages.py" line="+157"/>
        <source>missing required key &apos;format&apos;; begin the file with &apos;format: {format}&apos;</source>
        <translation>必須キー &apos;format&apos; がありません。ファイルの先頭に &apos;format: {format}&apos; と書いてください</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&apos;format&apos; is empty; write &apos;format: {format}&apos;</source>
        <translation>&apos;format&apos; が空です。&apos;format: {format}&apos; と書いてください</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>unsupported format {value}; this version reads {format}</source>
        <translation>未対応の形式 {value} です。このバージョンが読めるのは {format} です</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&apos;format&apos; must be {format}, got {got}</source>
        <translation>&apos;format&apos; は {format} にしてください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&apos;segments&apos; is empty; a show needs at least one segment</source>
        <translation>&apos;segments&apos; が空です。セグメントが 1 つ以上必要です</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an IANA time zone name like Asia/Tokyo</source>
        <translation>Asia/Tokyo のような IANA タイムゾーン名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate segment id {id} (first used {first})</source>
        <translation>セグメント ID {id} が重複しています ({first}で使用済み)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>on line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>at {where}</source>
        <translation>{where}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>a cue must be a mapping with &apos;title&apos; (and &apos;at&apos;, &apos;text&apos;), got {got}</source>
        <translation>キューは &apos;title&apos; (と &apos;at&apos;、&apos;text&apos;) を持つマッピングで指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>キーはリストやマッピングではなく、ただのテキストにしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a show file holds one YAML document; remove the second one (from &apos;---&apos; on)</source>
        <translation>進行表ファイルに書ける YAML ドキュメントは 1 つです。2 つ目 (&apos;---&apos; 以降) を削除してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a speaker must be a name or a mapping with &apos;name&apos;, got {got}</source>
        <translation>登壇者は名前か、&apos;name&apos; を持つマッピングで指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a time of day like 13:05 or 13:05:30 (24-hour, in the show&apos;s time zone) or a date and time with a UTC offset like {example}</source>
        <translation>13:05 や 13:05:30 のような時刻 (24 時間制、進行表のタイムゾーン)、または {example} のような UTC オフセット付きの日時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value starting with {character} must be quoted, like {example}</source>
        <translation>{character} で始まる値は {example} のように引用符で囲んでください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>block sequence entries are not allowed in this context</source>
        <translation>ここにはリストの項目 (&apos;- &apos;) を書けません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the file: {reason}</source>
        <translation>ファイルを読めません: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character {code} is not allowed in a YAML file</source>
        <translation>文字 {code} は YAML ファイルに使えません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not find expected &apos;:&apos;</source>
        <translation>&apos;:&apos; が見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cue at {at} comes before the previous cue (at {previous}); list cues in time order</source>
        <translation>{at} のキューが前のキュー ({previous}) より前になっています。キューは時間順に並べてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cue at {at} is not within the segment ({duration})</source>
        <translation>{at} のキューがセグメントの長さ ({duration}) に収まっていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>danger threshold ({threshold}) must be shorter than the segment ({duration})</source>
        <translation>危険のしきい値 ({threshold}) はセグメントの長さ ({duration}) より短くしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; か &apos;]&apos; が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; か &apos;}&apos; が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation>&apos;-&apos; が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected &lt;document start&gt;</source>
        <translation>ドキュメントの始まりが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>英数字が見つかりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>did not find expected comment or line break</source>
        <translation>コメントか改行が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected hexdecimal number</source>
        <translation>16 進数が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected key</source>
        <translation>キーが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected node content</source>
        <translation>値が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not find expected whitespace or line break</source>
        <translation>空白か改行が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate key {key} (first on line {line})</source>
        <translation>キー {key} が重複しています (最初は {line} 行目)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exceeded maximum nesting depth</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file has no content, only comments</source>
        <translation>ファイルにコメントしかありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>ファイルが大きすぎます ({size} MB。上限は {limit} MB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>found an indentation indicator equal to 0</source>
        <translation>インデント指定が 0 です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found character that cannot start any token</source>
        <translation>ここに書けない文字があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found invalid Unicode character escape code</source>
        <translation>Unicode 文字のエスケープが正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found undefined tag handle</source>
        <translation>定義されていないタグがあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected &apos;:&apos;</source>
        <translation>予期しない &apos;:&apos; があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected document indicator</source>
        <translation>予期しないドキュメント区切りがあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected end of stream</source>
        <translation>ファイルが途中で終わっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unknown escape character</source>
        <translation>不明なエスケープ文字があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard start {time} is before the previous segment {segment} is planned to end ({end}); move it later or shorten the segments before it</source>
        <translation>固定開始 {time} が前のセグメント {segment} の終了予定 ({end}) より前です。遅らせるか、前のセグメントを短くしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hard start {time} is before the show starts ({end}); move it later or shorten the segments before it</source>
        <translation>固定開始 {time} が本番の開始 ({end}) より前です。遅らせるか、前のセグメントを短くしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>internal error while reading the show ({error}); please report it</source>
        <translation>進行表の読み込み中に内部エラーが発生しました ({error})。開発者に報告してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a directory, not a show file</source>
        <translation>進行表ファイルではなくディレクトリです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it belongs to a segment under &apos;segments:&apos;</source>
        <translation>&apos;segments:&apos; の下のセグメントに書くキーです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it belongs under &apos;show:&apos;</source>
        <translation>&apos;show:&apos; の下に書くキーです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} contains half of a character ({code}, an unpaired surrogate); write the whole character</source>
        <translation>{key} に文字の片割れ ({code}、対になっていないサロゲート) が含まれています。文字全体を書いてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} contains the control character {code}; only line breaks and tabs are allowed</source>
        <translation>{key} に制御文字 {code} が含まれています。使える制御文字は改行とタブだけです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} has no UTC offset; write it like {example}</source>
        <translation>{key} に UTC オフセットがありません。{example} のように書いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} has no UTC offset; write {forms}</source>
        <translation>{key} に UTC オフセットがありません。{forms}で指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} is too long (the limit is {limit})</source>
        <translation>{key} が長すぎます (上限は {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be a date and time with a UTC offset, like {example}, got {got}</source>
        <translation>{key} は {example} のような UTC オフセット付きの日時で指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;auto_start&apos; needs &apos;starts_at&apos;: a segment starts by itself only at its hard start</source>
        <translation>&apos;auto_start&apos; には &apos;starts_at&apos; が必要です。セグメントが自動で始まるのは固定開始の時刻だけです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} must be {forms}, got {got}</source>
        <translation>{key} は{forms}で指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} needs a time of day too; write it like {example}</source>
        <translation>{key} には時刻も必要です。{example} のように書いてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} needs a time of day too; write {forms}</source>
        <translation>{key} には時刻も必要です。{forms}で指定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: duration must be positive, got {value}</source>
        <translation>{key}: 長さは正の値にしてください (指定値: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: {value} is not a duration; {accepted}</source>
        <translation>{key}: {value} は長さとして読めません。{accepted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: {value} is not a valid date</source>
        <translation>{key}: {value} は正しい日付ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;links&apos; must be a mapping of names to URLs, got {got}</source>
        <translation>&apos;links&apos; は名前と URL のマッピングで指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping values are not allowed in this context</source>
        <translation>ここには &apos;キー: 値&apos; を書けません (値の中の &apos;:&apos; は引用符で囲んでください)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing required key {key} in {where}</source>
        <translation>{where} に必須キー {key} がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a file path</source>
        <translation>ファイルのパスではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not UTF-8 text: byte {byte} cannot be decoded; save the file as UTF-8</source>
        <translation>UTF-8 のテキストではありません: バイト {byte} を読めません。ファイルを UTF-8 で保存してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number {index}</source>
        <translation>#{index}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {kinds}</source>
        <translation>{kinds} のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied: cannot read the file</source>
        <translation>権限がないためファイルを読めません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment id {id} may only use lowercase letters a-z, digits 0-9 and &apos;-&apos;</source>
        <translation>セグメント ID {id} に使えるのは小文字の a-z、数字 0-9、&apos;-&apos; だけです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment {id}</source>
        <translation>セグメント {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment {index}</source>
        <translation>セグメント {index}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;segments&apos; must be a list of segments (each starting with &apos;- &apos;), got {got}</source>
        <translation>&apos;segments&apos; はセグメントのリスト (各行を &apos;- &apos; で始める) で指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos; is empty; remove it or write {forms}</source>
        <translation>&apos;starts_at&apos; が空です。削除するか、{forms}で指定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos; is out of range</source>
        <translation>&apos;starts_at&apos; が範囲外です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos; must be {forms}, got {got}</source>
        <translation>&apos;starts_at&apos; は{forms}で指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;starts_at&apos;: {value} is not a time of day (00:00-23:59); write {forms}</source>
        <translation>&apos;starts_at&apos;: {value} は時刻 (00:00〜23:59) ではありません。{forms}で指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>syntax error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab character in indentation: YAML indentation must use spaces</source>
        <translation>インデントにタブ文字があります。YAML のインデントには空白を使ってください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text like talk-dev-env</source>
        <translation>talk-dev-env のようなテキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date {value}</source>
        <translation>日付 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document is nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the inherited danger threshold ({threshold}) is not shorter than the segment ({duration}); set &apos;danger&apos; here</source>
        <translation>引き継いだ危険のしきい値 ({threshold}) がセグメントの長さ ({duration}) より短くありません。ここで &apos;danger&apos; を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the inherited warning threshold ({threshold}) is not shorter than the segment ({duration}); set &apos;warning&apos; here</source>
        <translation>引き継いだ警告のしきい値 ({threshold}) がセグメントの長さ ({duration}) より短くありません。ここで &apos;warning&apos; を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the number {value}</source>
        <translation>数値 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the schedule runs past the year 9999</source>
        <translation>予定が 9999 年を越えています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the show could not be read</source>
        <translation>進行表を読めませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the show file</source>
        <translation>進行表ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text {value}</source>
        <translation>テキスト {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key {key} in {where}, did you mean {suggestion}?</source>
        <translation>{where} の {key} は不明なキーです。{suggestion} の誤りではありませんか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key {key} in {where}; allowed keys: {choices}</source>
        <translation>{where} の {key} は不明なキーです。使えるキー: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key {key} in {where}; {hint}</source>
        <translation>{where} の {key} は不明なキーです。{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind {kind}, did you mean {suggestion}? (one of {kinds})</source>
        <translation>不明な種別 {kind} です。{suggestion} の誤りではありませんか？ ({kinds} のいずれか)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown kind {kind}; use one of {kinds}</source>
        <translation>不明な種別 {kind} です。{kinds} のいずれかを使ってください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown time zone {zone}, did you mean {suggestion}?</source>
        <translation>不明なタイムゾーン {zone} です。{suggestion} の誤りではありませんか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown time zone {zone}; use an IANA name like Asia/Tokyo, Europe/London or UTC</source>
        <translation>不明なタイムゾーン {zone} です。Asia/Tokyo、Europe/London、UTC のような IANA 名を使ってください</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in segment {index}</source>
        <translation>セグメント {index}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the show</source>
        <translation>番組内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text to be saved would not read back as the edited show; nothing was saved</source>
        <translation>保存しようとした内容を読み直すと編集中の番組と一致しないため、保存しませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cell is not valid JSON: {reason}</source>
        <translation>このセルは正しいJSONではありません: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write true or false here, not {value}</source>
        <translation>ここには {value} ではなく true か false を書いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the imported show would not read back the same; nothing was written</source>
        <translation>読み込んだ番組を読み直すと一致しないため、何も書き込みませんでした</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the same question is listed twice (first {first})</source>
        <translation>同じ質問が2回書かれています (最初は{first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question must be text or a mapping with &apos;text&apos; (and &apos;asker&apos;, &apos;tags&apos;), got {got}</source>
        <translation>質問は文か、&apos;text&apos; (と &apos;asker&apos;、&apos;tags&apos;) を持つマッピングにしてください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is {length} characters long; the limit is {limit}</source>
        <translation>{key} が {length} 文字あります。上限は {limit} 文字です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} tags per question, got {count}</source>
        <translation>タグは1つの質問に {limit} 個までです ({count} 個あります)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag must be a word or short text, got {got}</source>
        <translation>タグは単語か短い文にしてください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no column {column}; the columns are {columns}</source>
        <translation>{column} という列はありません。列は {columns} です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cell is {length} characters long; the limit is {limit} (row left out)</source>
        <translation>このセルは {length} 文字あります。上限は {limit} 文字です (この行は読み込みません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the cell holds the control character {code} (row left out)</source>
        <translation>このセルに制御文字 {code} があります (この行は読み込みません)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>while increasing block level</source>
        <translation>ブロックの入れ子を深くするとき</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while increasing flow level</source>
        <translation>[ ] や { } の入れ子を深くするとき</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block collection</source>
        <translation>ブロックの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block mapping</source>
        <translation>マッピングの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a block node</source>
        <translation>ブロックの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow mapping</source>
        <translation>{ } の読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow node</source>
        <translation>[ ] や { } の中の値の読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a flow sequence</source>
        <translation>[ ] の読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while parsing a node</source>
        <translation>値の読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a block scalar</source>
        <translation>| や &gt; で始まるテキストの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a plain scalar</source>
        <translation>値の読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a quoted scalar</source>
        <translation>引用符で囲んだテキストの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a simple key</source>
        <translation>キーの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning a tag</source>
        <translation>タグの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an alias</source>
        <translation>エイリアスの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning an anchor</source>
        <translation>アンカーの読み取り中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while scanning for the next token</source>
        <translation>次の要素を探している途中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML aliases are not supported ({alias}); write the value out instead</source>
        <translation>YAML のエイリアス ({alias}) には対応していません。値をそのまま書いてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YAML error: {error}</source>
        <translation>YAML のエラー: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: {problem}</source>
        <translation>YAML の構文エラー: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: {problem} ({context} started on line {line})</source>
        <translation>YAML の構文エラー: {problem} ({line} 行目から{context})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YAML syntax error: {problem} ({context})</source>
        <translation>YAML の構文エラー: {problem} ({context})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;texts&apos; must be a mapping of text source names to texts, got {got}</source>
        <translation>&apos;texts&apos; はテキストソース名とテキストの対応（マッピング）にしてください。{got} になっています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lone {brace} in the text of {source}; write {double} for a brace</source>
        <translation>{source} のテキストに対になっていない {brace} があります。括弧そのものを書くには {double} と書いてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in a segment</source>
        <translation>セグメント内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text source needs a name</source>
        <translation>テキストソースには名前が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a transition of {duration} is too long (at most {limit})</source>
        <translation>{duration} のトランジションは長すぎます（最大 {limit}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a transition&apos;s &apos;duration&apos; is milliseconds like 500ms or seconds like 1s, got {got}</source>
        <translation>トランジションの &apos;duration&apos; は 500ms のようなミリ秒か 1s のような秒で書いてください。{got} になっています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after the show</source>
        <translation>終了後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the show</source>
        <translation>開始前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placeholder {placeholder} is not available {place}; available here: {choices}</source>
        <translation>プレースホルダー {placeholder} は{place}では使えません。ここで使えるもの: {choices}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown placeholder {placeholder} in the text of {source}, did you mean {suggestion}?</source>
        <translation>{source} のテキストの {placeholder} は不明なプレースホルダーです。{suggestion} の誤りではありませんか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown placeholder {placeholder} in the text of {source}; available here: {choices}</source>
        <translation>{source} のテキストの {placeholder} は不明なプレースホルダーです。ここで使えるもの: {choices}</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+236"/>
        <source>{key} must be true or false, got {got}</source>
        <translation>{key} は true か false にしてください。{got} になっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{token} in the text of {source} is not a placeholder; use a name like {example}</source>
        <translation>{source} のテキストの {token} はプレースホルダーではありません。{example} のような名前を使ってください</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>{key} is empty</source>
        <translation>{key} が空です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{key} must be a duration like 15m, got {got}</source>
        <translation>{key} は 15m のような長さで指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be text, got {got}</source>
        <translation>{key} はテキストで指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{key} must be {what}, got {got}</source>
        <translation>{key} は{what}で指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unsupported YAML tag {tag}</source>
        <translation>未対応の YAML タグ {tag} です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use seconds (90), 90s, 15m, 1h30m, &apos;1h 30m 15s&apos;, mm:ss or h:mm:ss</source>
        <translation>秒数 (90)、90s、15m、1h30m、&apos;1h 30m 15s&apos;、mm:ss、h:mm:ss のいずれかで書いてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} (a true/false value)</source>
        <translation>{value} (真偽値)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (null)</source>
        <translation>{value} (null)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning ({warning}) must be longer than danger ({danger})</source>
        <translation>警告 ({warning}) は危険 ({danger}) より長くしてください</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>warning ({warning}) must be longer than danger ({danger}) (one is inherited)</source>
        <translation>警告 ({warning}) は危険 ({danger}) より長くしてください (一方は引き継いだ値です)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning threshold ({threshold}) must be shorter than the segment ({duration})</source>
        <translation>警告のしきい値 ({threshold}) はセグメントの長さ ({duration}) より短くしてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} must be a mapping (key: value lines), got {got}</source>
        <translation>{where} はマッピング (key: value の行) で指定してください (指定値: {got})</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>is a directory, not a file</source>
        <translation>フォルダーです。ファイルではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is too large; the limit is {limit} MB</source>
        <translation>ファイルが大きすぎます（上限は {limit} MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NUL byte in the file</source>
        <translation>ファイルに NUL バイトが含まれています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column {column} has no name</source>
        <translation>{column} 列目に見出しがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row has {count} cells but the header has {width} columns</source>
        <translation>この行はセルが {count} 個ありますが、見出しは {width} 列です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byte 0x{byte} cannot be read as {expected}; save the file as CSV UTF-8</source>
        <translation>バイト 0x{byte} を {expected} として読めません。CSV UTF-8 で保存し直してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken CSV: {reason}</source>
        <translation>CSV が壊れています: {reason}</translation>
    </message>
</context>
<context>
    <name>WebLinksDialog</name>
    <message>
        <location filename="../../runofshow/qt/web_links.py" line="+213"/>
        <source>The web server is not running. %1</source>
        <translation>Web サーバーは動いていません。%1</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>New view link</source>
        <translation>新しい閲覧用リンク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new view link? Speakers, OBS sources and agendas opened with the current one stop updating at once and need the new link.</source>
        <translation>新しい閲覧用リンクを作りますか? 今のリンクで開いている登壇者画面、OBS のソース、進行表はすぐに更新が止まり、新しいリンクが必要になります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New control link</source>
        <translation>新しい操作用リンク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new control link? Control pages and Stream Deck buttons using the current one stop working at once and need the new link or token.</source>
        <translation>新しい操作用リンクを作りますか? 今のリンクやトークンを使っている操作ページと Stream Deck のボタンはすぐに使えなくなり、新しいリンクかトークンが必要になります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New link made: the old one no longer works.</source>
        <translation>新しいリンクを作りました。古いリンクはもう使えません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New link and token made: the old ones no longer work.</source>
        <translation>新しいリンクとトークンを作りました。古いものはもう使えません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Browser views and Stream Deck</source>
        <translation>ブラウザ表示と Stream Deck</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serving on the network. The view link only shows the show: give it to speakers and OBS. The control link can run the show: keep it to your crew. Scan a code with a phone&apos;s camera to open its page.</source>
        <translation>ネットワークに公開中です。閲覧用リンクは進行を表示するだけなので、登壇者や OBS に渡せます。操作用リンクは進行を操作できるので、スタッフだけに渡してください。スマートフォンのカメラでコードを読み取るとそのページが開きます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serving on this computer only, where every page may also act. Start with --lan to reach other devices (each then needs its link).</source>
        <translation>このコンピューターからのみ接続でき、どのページからも操作できます。他の機器から使うには --lan を付けて起動してください (その場合はそれぞれのリンクが必要です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>View link: read-only (speakers, OBS, agenda)</source>
        <translation>閲覧用リンク: 表示のみ (登壇者、OBS、進行表)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control link: runs the show (your crew only)</source>
        <translation>操作用リンク: 進行を操作できます (スタッフ専用)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker page</source>
        <translation>登壇者ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS overlay (browser source)</source>
        <translation>OBS オーバーレイ (ブラウザソース)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>進行表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pages</source>
        <translation>すべてのページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View token</source>
        <translation>閲覧用トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control page</source>
        <translation>操作ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator page (panel questions)</source>
        <translation>モデレーター用ページ (パネル質問)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control API</source>
        <translation>操作 API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control token</source>
        <translation>操作用トークン</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New view link…</source>
        <translation>新しい閲覧用リンク…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New control link…</source>
        <translation>新しい操作用リンク…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speaker page with the view link</source>
        <translation>閲覧用リンクの登壇者画面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The control page with the control link</source>
        <translation>操作用リンクの操作ページ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add the header “Authorization: Bearer &lt;control token&gt;”. </source>
        <translation>ヘッダー「Authorization: Bearer &lt;操作用トークン&gt;」を付けます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream Deck (Bitfocus Companion, Generic HTTP): a POST button to %1/next, %1/toggle, %1/time with {&quot;seconds&quot;: 60}; %2The README lists every endpoint.</source>
        <translation>Stream Deck (Bitfocus Companion の Generic HTTP): %1/next、%1/toggle、%1/time (本文 {&quot;seconds&quot;: 60}) に POST するボタンを作ります。%2すべてのエンドポイントは README にあります。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
</TS>
