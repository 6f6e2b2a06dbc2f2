## Upload a new license: the confirmation, the upload, what the instance reports afterwards (ui/views/license-upload/).

license-upload-question = Upload { $file } to { $name }?
license-upload-text = The license of { $name } is replaced through its Management Console (Manage API); its seats and expiry are read back afterwards.
license-upload-apply-now = GHES installs the new license at once.
license-upload-apply-later = GHES keeps the file and installs it with the next configuration run (ghe-config-apply).
license-upload-instance = Instance
license-upload-apply = Apply now
license-upload-confirm = Upload license
license-upload-uploading-chip = Uploading
# After the "Uploading" chip.
license-upload-uploading = { $file } to { $name }…
# $kind: count (then $seats is a number, or GitHub's word for it), unlimited, unknown.
license-upload-done-announce = { $kind ->
    [unlimited] New license on { $name }: Unlimited seats, expires { $date }.
    [unknown] New license on { $name }: seats unknown, expires { $date }.
   *[count] { $seats ->
        [one] New license on { $name }: { $seats } seat, expires { $date }.
       *[other] New license on { $name }: { $seats } seats, expires { $date }.
    }
}
license-upload-failed = { $file } was not uploaded to { $name }
license-upload-not-uploaded = { $file } was not uploaded.
license-upload-installed = New license installed on { $name }
license-upload-kept = New license kept on { $name } for the next configuration run
license-upload-seats = Seats
license-upload-used = Used
license-upload-expires = Expires
license-upload-check = License check
license-upload-check-not-reported = not reported
license-upload-company = Company
license-upload-kind = Kind
license-upload-evaluation = Evaluation
