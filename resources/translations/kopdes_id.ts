<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kopdes Desktop</source>
        <translation>Tentang Kopdes Desktop</translation>
    </message>
    <message>
        <source>Kopdes Desktop %1</source>
        <translation>Kopdes Desktop %1</translation>
    </message>
    <message>
        <source>For the business assistants and PMOs who coach the Koperasi Desa/Kelurahan Merah Putih. Works without internet.</source>
        <translation>Untuk pendamping (BA) dan PMO yang mendampingi Koperasi Desa/Kelurahan Merah Putih. Bisa dipakai tanpa internet.</translation>
    </message>
    <message>
        <source>Kemendagri region codes and names of Kalimantan Barat</source>
        <translation>Kode dan nama wilayah Kalimantan Barat dari Kemendagri</translation>
    </message>
    <message>
        <source>Map boundaries of the kabupaten, kecamatan and desa (simplified; 15 of the newest desa have none yet)</source>
        <translation>Batas wilayah kabupaten, kecamatan dan desa untuk peta (disederhanakan; 15 desa terbaru belum punya batas)</translation>
    </message>
    <message>
        <source>Icons: Phosphor Icons (MIT License) through QtAwesome (MIT License); see resources/icons/ICONS-LICENSE.md.</source>
        <translation>Ikon: Phosphor Icons (Lisensi MIT) melalui QtAwesome (Lisensi MIT); lihat resources/icons/ICONS-LICENSE.md.</translation>
    </message>
    <message>
        <source>Data shipped with the app:</source>
        <translation>Data yang disertakan dalam aplikasi:</translation>
    </message>
    <message>
        <source>Licence of the data:</source>
        <translation>Lisensi data:</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Disk full</source>
        <translation>Disk penuh</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>A routine check found damage in the database file, so no new backup was made. Please close Kopdes Desktop and open it again: it will offer to restore the newest good backup.</source>
        <translation>Pemeriksaan rutin menemukan kerusakan pada berkas basis data, sehingga cadangan baru tidak dibuat. Tutup Kopdes Desktop lalu buka kembali: aplikasi akan menawarkan pemulihan dari cadangan baik yang terbaru.</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <source>Changed elsewhere while you were editing</source>
        <translation>Diubah di tempat lain selagi Anda mengedit</translation>
    </message>
    <message>
        <source>Someone changed the same data while this form was open (the change came with the last sync). Nothing is saved yet. For each item, choose which one to keep.</source>
        <translation>Ada yang mengubah data yang sama selagi formulir ini terbuka (perubahannya datang lewat sinkronisasi terakhir). Belum ada yang disimpan. Untuk setiap butir, pilih mana yang dipakai.</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Simpan dengan pilihan ini</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>the person %1 (pengurus/pengawas)</source>
        <translation>%1 (pengurus/pengawas)</translation>
    </message>
    <message>
        <source>the business unit %1</source>
        <translation>unit usaha %1</translation>
    </message>
    <message>
        <source>the agreed action “%1”</source>
        <translation>tindak lanjut “%1”</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>sebuah foto</translation>
    </message>
    <message>
        <source>the photo taken %1</source>
        <translation>foto yang diambil %1</translation>
    </message>
    <message>
        <source>the caption of %1</source>
        <translation>keterangan %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This form was restored from an earlier session: %1 is now saved as %2, the form holds %3.</source>
        <translation>Formulir ini dipulihkan dari sesi sebelumnya: %1 sekarang tersimpan %2, di formulir tertulis %3.</translation>
    </message>
    <message>
        <source>While you were editing, %1 was changed elsewhere to %2. Your value: %3.</source>
        <translation>Selagi Anda mengedit, %1 diubah di tempat lain menjadi %2. Nilai Anda: %3.</translation>
    </message>
    <message>
        <source>It was %1 when you opened the form.</source>
        <translation>Saat formulir dibuka, nilainya %1.</translation>
    </message>
    <message>
        <source>While you were editing, %1 was removed elsewhere; you had changed it.</source>
        <translation>Selagi Anda mengedit, %1 dihapus di tempat lain, padahal Anda mengubahnya.</translation>
    </message>
    <message>
        <source>While you were editing, %1 was changed elsewhere; you had removed it.</source>
        <translation>Selagi Anda mengedit, %1 diubah di tempat lain, padahal Anda menghapusnya.</translation>
    </message>
    <message>
        <source>%1 is saved, but it is not in this form restored from an earlier session.</source>
        <translation>%1 tersimpan, tetapi tidak ada di formulir yang dipulihkan dari sesi sebelumnya.</translation>
    </message>
    <message>
        <source>(The other change, by %2, arrived %1.)</source>
        <translation>(Perubahan itu dibuat oleh %2, diterima %1.)</translation>
    </message>
    <message>
        <source>(The other change arrived %1.)</source>
        <translation>(Perubahan itu diterima %1.)</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Pakai nilai saya: %1</translation>
    </message>
    <message>
        <source>Take the other: %1</source>
        <translation>Pakai nilai dari tempat lain: %1</translation>
    </message>
    <message>
        <source>Keep my version (added back)</source>
        <translation>Pakai versi saya (ditambahkan lagi)</translation>
    </message>
    <message>
        <source>Leave it removed</source>
        <translation>Biarkan terhapus</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Tetap hapus</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>The location was changed by two people. Kept: %1 (by %2). Other: %3 (by %4).</source>
        <translation>Lokasi diubah oleh dua orang. Dipertahankan: %1 (oleh %2). Yang lain: %3 (oleh %4).</translation>
    </message>
    <message>
        <source>This clash was recorded before the app kept a location together: putting the other one back restores its coordinates, but where they came from is not known.</source>
        <translation>Bentrok ini tercatat oleh versi lama aplikasi: memakai lokasi yang lain mengembalikan koordinatnya, tetapi tidak diketahui asalnya (GPS laptop, foto, atau diketik).</translation>
    </message>
    <message>
        <source>Field %1 was changed by two people. Kept: %2 (by %3). Other: %4 (by %5).</source>
        <translation>Kolom %1 diubah oleh dua orang. Dipertahankan: %2 (oleh %3). Yang lain: %4 (oleh %5).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <source>Capital needed</source>
        <translation>Kebutuhan modal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>BA</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Sample data: it stays on this laptop and is never sent.</source>
        <translation>Ini data contoh: tetap di laptop ini dan tidak pernah dikirim.</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>Akan terkirim saat sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No clashes to settle.</source>
        <translation>Tidak ada bentrokan yang perlu diselesaikan.</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Pertahankan nilai sekarang</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Pakai nilai yang lain</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CooperativeChoice</name>
    <message>
        <source>Type part of the cooperative or village name…</source>
        <translation>Ketik sebagian nama koperasi atau desanya…</translation>
    </message>
</context>
<context>
    <name>CooperativeEditor</name>
    <message>
        <source>Cooperative profile</source>
        <translation>Profil koperasi</translation>
    </message>
    <message>
        <source>Identity and location</source>
        <translation>Identitas dan lokasi</translation>
    </message>
    <message>
        <source>Legal documents</source>
        <translation>Dokumen legal</translation>
    </message>
    <message>
        <source>Pengurus and pengawas</source>
        <translation>Pengurus dan pengawas</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Members and savings</source>
        <translation>Anggota dan simpanan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Open that cooperative instead</source>
        <translation>Buka koperasi itu saja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Desa/Kelurahan:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Lintang:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>B&amp;ujur:</translation>
    </message>
    <message>
        <source>&amp;Formation model:</source>
        <translation>Model &amp;pembentukan:</translation>
    </message>
    <message>
        <source>Operational s&amp;tatus:</source>
        <translation>Status &amp;operasional:</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 digit</translation>
    </message>
    <message>
        <source>15 or 16 digits</source>
        <translation>15 atau 16 digit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Deed of establishment no.:</source>
        <translation>Nomor akta pendirian:</translation>
    </message>
    <message>
        <source>Deed date:</source>
        <translation>Tanggal akta:</translation>
    </message>
    <message>
        <source>Notary:</source>
        <translation>Notaris:</translation>
    </message>
    <message>
        <source>SK AHU no.:</source>
        <translation>Nomor SK AHU:</translation>
    </message>
    <message>
        <source>SK AHU date:</source>
        <translation>Tanggal SK AHU:</translation>
    </message>
    <message>
        <source>Cooperative reg. no. (NIK):</source>
        <translation>Nomor induk koperasi (NIK):</translation>
    </message>
    <message>
        <source>NIB:</source>
        <translation>NIB:</translation>
    </message>
    <message>
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Rekening bank:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pengurus/pengawas</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation>Tambah unit usaha</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>Jumlah &amp;anggota:</translation>
    </message>
    <message>
        <source>Simpanan &amp;pokok (Rp):</source>
        <translation>Simpanan &amp;pokok (Rp):</translation>
    </message>
    <message>
        <source>Simpanan &amp;wajib (Rp):</source>
        <translation>Simpanan &amp;wajib (Rp):</translation>
    </message>
    <message>
        <source>Last &amp;RAT held (year):</source>
        <translation>&amp;RAT terakhir (tahun):</translation>
    </message>
    <message>
        <source>&amp;Health rating:</source>
        <translation>Penilaian &amp;kesehatan:</translation>
    </message>
    <message>
        <source>SIMKOPDES profile updated:</source>
        <translation>Profil SIMKOPDES diperbarui:</translation>
    </message>
    <message>
        <source>Outlet land:</source>
        <translation>Lahan gerai:</translation>
    </message>
    <message>
        <source>Outlet construction:</source>
        <translation>Pembangunan gerai:</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Belum ada perubahan tercatat.</translation>
    </message>
    <message>
        <source>New cooperative</source>
        <translation>Koperasi baru</translation>
    </message>
    <message>
        <source>Cooperative saved.</source>
        <translation>Koperasi disimpan.</translation>
    </message>
</context>
<context>
    <name>CooperativeListPage</name>
    <message>
        <source>No cooperatives on this laptop yet. They arrive with the first sync; to look around first, load the sample data.</source>
        <translation>Belum ada koperasi di laptop ini. Data koperasi datang pada sinkronisasi pertama; untuk mencoba aplikasi lebih dulu, muat data contoh.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Muat data contoh</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Search cooperative or village name…</source>
        <translation>Cari nama koperasi atau desa…</translation>
    </message>
    <message>
        <source>&amp;New cooperative</source>
        <translation>Koperasi &amp;baru</translation>
    </message>
    <message>
        <source>All kabupaten/kota</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>No cooperatives on this laptop yet. Add the first, or sync to fetch them.</source>
        <translation>Belum ada koperasi di laptop ini. Tambahkan yang pertama, atau sinkronkan untuk mengambilnya.</translation>
    </message>
    <message>
        <source>New cooperative</source>
        <translation>Koperasi baru</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>No cooperatives on this laptop yet. They arrive with the next sync, once cooperatives are assigned to your account.</source>
        <translation>Belum ada koperasi di laptop ini. Koperasi datang pada sinkronisasi berikutnya, setelah koperasi ditugaskan ke akun Anda.</translation>
    </message>
</context>
<context>
    <name>CoordinateEdit</name>
    <message>
        <source>e.g. -0.0263</source>
        <translation>mis. -0,0263</translation>
    </message>
    <message>
        <source>Degrees; minus south of the equator. Comma or dot both work.</source>
        <translation>Dalam derajat; di selatan khatulistiwa pakai tanda minus. Boleh pakai koma atau titik.</translation>
    </message>
    <message>
        <source>e.g. 109.3425</source>
        <translation>mis. 109,3425</translation>
    </message>
    <message>
        <source>Degrees east (West Kalimantan: 108 to 115). Comma or dot both work.</source>
        <translation>Derajat bujur timur (Kalimantan Barat: 108 sampai 115). Boleh pakai koma atau titik.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n kunjungan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cooperative(s)</source>
        <translation>
            <numerusform>%n koperasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n peluang usaha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n bentrok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server change(s)</source>
        <translation>
            <numerusform>%n perubahan dari server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n masalah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n formulir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n perubahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n perubahan yang belum terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Kopdes Desktop hit an unexpected error. Everything you saved is kept. Please send this log file to support:
%1

%2</source>
        <translation>Kopdes Desktop mengalami kesalahan tak terduga. Semua yang sudah Anda simpan tetap aman. Mohon kirim berkas log ini ke tim dukungan:
%1

%2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Under a week</source>
        <translation>Kurang dari seminggu</translation>
    </message>
    <message>
        <source>1–2 weeks</source>
        <translation>1–2 minggu</translation>
    </message>
    <message>
        <source>2 weeks or more</source>
        <translation>2 minggu atau lebih</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Cooperatives by last visit, per kabupaten</source>
        <translation>Koperasi menurut kunjungan terakhir, per kabupaten</translation>
    </message>
    <message>
        <source>Cooperatives by last visit, per BA</source>
        <translation>Koperasi menurut kunjungan terakhir, per pendamping</translation>
    </message>
    <message>
        <source>Visits per BA per week</source>
        <translation>Kunjungan per pendamping per minggu</translation>
    </message>
    <message>
        <source>Business opportunities by sector and status</source>
        <translation>Peluang usaha menurut sektor dan status</translation>
    </message>
    <message>
        <source>Cooperatives by operational status</source>
        <translation>Koperasi menurut status operasional</translation>
    </message>
    <message>
        <source>Business units by type and status</source>
        <translation>Unit usaha menurut jenis dan status</translation>
    </message>
    <message>
        <source>Visits waiting for review, by BA</source>
        <translation>Kunjungan menunggu tinjauan, per pendamping</translation>
    </message>
    <message>
        <source>Click a bar to list what is behind it.</source>
        <translation>Klik sebuah batang untuk melihat daftarnya.</translation>
    </message>
    <message>
        <source>Waiting for review: %1 (%2); the oldest for %3.</source>
        <translation>%1 menunggu tinjauan (%2); yang terlama %3.</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Belum pernah dikunjungi</translation>
    </message>
    <message>
        <source>No BA assigned: %1 (list them)</source>
        <translation>%1 belum punya BA yang ditugaskan: lihat daftarnya</translation>
    </message>
    <message>
        <source>No BA assigned</source>
        <translation>Belum ada BA yang ditugaskan</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>My cooperatives by last visit</source>
        <translation>Koperasi dampingan saya menurut kunjungan terakhir</translation>
    </message>
    <message>
        <source>Agreed actions overdue</source>
        <translation>Tindak lanjut yang lewat tenggat</translation>
    </message>
    <message>
        <source>Agreed actions due in the next 14 days</source>
        <translation>Tindak lanjut dengan tenggat 14 hari ke depan</translation>
    </message>
    <message>
        <source>Visits sent back to me</source>
        <translation>Kunjungan yang dikembalikan kepada saya</translation>
    </message>
    <message>
        <source>My cooperatives</source>
        <translation>Koperasi dampingan saya</translation>
    </message>
    <message>
        <source>No agreed action is overdue.</source>
        <translation>Tidak ada tindak lanjut yang lewat tenggat.</translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation>Tidak ada yang jatuh tenggat dalam 14 hari ke depan.</translation>
    </message>
    <message>
        <source>No visit is sent back to you.</source>
        <translation>Tidak ada kunjungan yang dikembalikan kepada Anda.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Pilih dari kalender (F4)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>Disk full: there is no space left to save. What you typed stays in this form; free up space on this laptop, then save again.</source>
        <translation>Disk penuh: tidak ada ruang lagi untuk menyimpan. Yang Anda ketik tetap ada di formulir ini; kosongkan ruang di laptop ini, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Disk full: the sign-in could not be kept on this laptop. Free up space, then sign in again.</source>
        <translation>Disk penuh: akun tidak dapat disimpan di laptop ini, jadi Anda belum masuk. Kosongkan ruang, lalu masuk lagi.</translation>
    </message>
    <message>
        <source>Disk full: the photo could not be stored. Free up space, then add it again.</source>
        <translation>Disk penuh: foto tidak dapat disimpan. Kosongkan ruang, lalu tambahkan lagi.</translation>
    </message>
    <message>
        <source>Disk full: the backup could not be written. Nothing was changed; free up space (or choose another drive), then back up again.</source>
        <translation>Disk penuh: cadangan tidak dapat ditulis. Tidak ada yang berubah; kosongkan ruang (atau pilih drive lain), lalu cadangkan lagi.</translation>
    </message>
    <message>
        <source>Disk full: there is no room to restore the backup. Nothing was changed; free up space, then restore again.</source>
        <translation>Disk penuh: tidak ada ruang untuk memulihkan cadangan. Tidak ada yang diubah; kosongkan ruang, lalu pulihkan lagi.</translation>
    </message>
    <message>
        <source>Disk full: the settings could not be saved. Free up space, then save again.</source>
        <translation>Disk penuh: pengaturan tidak dapat disimpan. Kosongkan ruang, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Disk full: today&apos;s automatic backup could not be made, and saving new work may fail too. Free up space on this laptop (delete or move files you no longer need).</source>
        <translation>Disk penuh: cadangan otomatis hari ini tidak dapat dibuat, dan menyimpan pekerjaan baru pun bisa gagal. Kosongkan ruang di laptop ini (hapus atau pindahkan berkas yang tidak diperlukan).</translation>
    </message>
    <message>
        <source>Kopdes Desktop cannot open because this laptop&apos;s disk is full. Nothing is lost. Free up space (delete or move files you no longer need), then open the app again.</source>
        <translation>Kopdes Desktop tidak dapat dibuka karena disk laptop ini penuh. Tidak ada yang hilang. Kosongkan ruang (hapus atau pindahkan berkas yang tidak diperlukan), lalu buka aplikasi lagi.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Something on this tab needs correcting</source>
        <translation>Ada yang perlu diperbaiki di tab ini</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>village</source>
        <translation>desa/kelurahan</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>lintang</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>bujur</translation>
    </message>
    <message>
        <source>location source</source>
        <translation>sumber lokasi</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <source>formation model</source>
        <translation>model pembentukan</translation>
    </message>
    <message>
        <source>operational status</source>
        <translation>status operasional</translation>
    </message>
    <message>
        <source>deed number</source>
        <translation>nomor akta</translation>
    </message>
    <message>
        <source>deed date</source>
        <translation>tanggal akta</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>notaris</translation>
    </message>
    <message>
        <source>SK AHU number</source>
        <translation>nomor SK AHU</translation>
    </message>
    <message>
        <source>SK AHU date</source>
        <translation>tanggal SK AHU</translation>
    </message>
    <message>
        <source>cooperative reg. number</source>
        <translation>nomor induk koperasi</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>rekening bank</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>members</source>
        <translation>jumlah anggota</translation>
    </message>
    <message>
        <source>simpanan pokok</source>
        <translation>simpanan pokok</translation>
    </message>
    <message>
        <source>simpanan wajib</source>
        <translation>simpanan wajib</translation>
    </message>
    <message>
        <source>outlet land</source>
        <translation>lahan gerai</translation>
    </message>
    <message>
        <source>outlet construction</source>
        <translation>pembangunan gerai</translation>
    </message>
    <message>
        <source>last RAT</source>
        <translation>RAT terakhir</translation>
    </message>
    <message>
        <source>health rating</source>
        <translation>penilaian kesehatan</translation>
    </message>
    <message>
        <source>SIMKOPDES updated</source>
        <translation>SIMKOPDES diperbarui</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>organ</source>
        <translation>organ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>business unit</source>
        <translation>unit usaha</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>koperasi</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>tanggal kunjungan</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>jam mulai</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>jam selesai</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>perjalanan</translation>
    </message>
    <message>
        <source>people met</source>
        <translation>yang ditemui</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>jumlah orang</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>tujuan</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>temuan</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>masalah</translation>
    </message>
    <message>
        <source>next visit plan</source>
        <translation>rencana kunjungan berikut</translation>
    </message>
    <message>
        <source>next visit date</source>
        <translation>tanggal kunjungan berikut</translation>
    </message>
    <message>
        <source>description</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <source>who</source>
        <translation>penanggung jawab</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>tenggat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>commodity</source>
        <translation>komoditas</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>volume unit</source>
        <translation>satuan volume</translation>
    </message>
    <message>
        <source>capital needed</source>
        <translation>kebutuhan modal</translation>
    </message>
    <message>
        <source>monthly revenue</source>
        <translation>omzet per bulan</translation>
    </message>
    <message>
        <source>offtaker</source>
        <translation>offtaker/mitra</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>kebutuhan</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>keterangan foto</translation>
    </message>
    <message>
        <source>time taken</source>
        <translation>waktu foto diambil</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>diselesaikan</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This bundle was not signed by a laptop of your account (it was changed, forged, or made by a laptop that was signed out), so nothing was delivered.</source>
        <translation>Bundel ini tidak ditandatangani oleh laptop akun Anda (sudah diubah, dipalsukan, atau dibuat oleh laptop yang sudah keluar dari akun), jadi tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>This bundle belongs to %1: only a laptop signed in as %1 can deliver it, so nothing was delivered.</source>
        <translation>Bundel ini milik %1: hanya laptop yang masuk sebagai %1 yang dapat mengirimkannya, jadi tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>This bundle is larger than one bundle may be, so nothing was done; sync while connected instead.</source>
        <translation>Bundel ini melebihi batas ukuran satu bundel, jadi tidak ada yang dilakukan; lakukan sinkronisasi saat ada sinyal.</translation>
    </message>
    <message>
        <source>This bundle was made by a version of Kopdes Desktop this one cannot read; update the app on both laptops, nothing was delivered.</source>
        <translation>Bundel ini dibuat oleh versi Kopdes Desktop yang tidak dapat dibaca versi ini; perbarui aplikasi di kedua laptop, tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>This file is not a handover bundle, or it is damaged, so nothing was delivered.</source>
        <translation>Berkas ini bukan bundel serah terima, atau sudah rusak, jadi tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>This laptop cannot sign a bundle yet: sync once while connected, or sign in again.</source>
        <translation>Laptop ini belum dapat menandatangani bundel: lakukan sinkronisasi sekali saat ada sinyal, atau masuk lagi.</translation>
    </message>
    <message>
        <source>The server already holds other changes under this bundle&apos;s numbers: the laptop that made it was restored from a backup or its data was copied. Nothing new was delivered; sync that laptop itself, it renumbers its changes and sends them.</source>
        <translation>Server sudah menyimpan perubahan lain dengan nomor-nomor bundel ini: laptop yang membuatnya dipulihkan dari cadangan atau datanya disalin. Tidak ada yang baru dikirim; sinkronkan laptop itu sendiri, ia akan menomori ulang perubahannya lalu mengirimkannya.</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of the laptop that made this bundle, so nothing was delivered; sync that laptop itself instead.</source>
        <translation>Server belum menerima perubahan sebelumnya dari laptop pembuat bundel ini, jadi tidak ada yang dikirim; sinkronkan laptop itu sendiri.</translation>
    </message>
    <message>
        <source>Sign in first: a bundle is made and delivered under one account.</source>
        <translation>Masuk dulu: bundel dibuat dan dikirim atas nama satu akun.</translation>
    </message>
    <message>
        <source>The sample data is never handed over; sign in to use your own data.</source>
        <translation>Data contoh tidak pernah diserahkan; masuk untuk memakai data Anda sendiri.</translation>
    </message>
    <message>
        <source>The file could not be read or written there (was the USB stick removed?); choose another place.</source>
        <translation>Berkas tidak dapat dibaca atau ditulis di sana (apakah flashdisk dicabut?); pilih tempat lain.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Working… keep the USB stick in.</source>
        <translation>Sedang diproses… jangan cabut flashdisk.</translation>
    </message>
    <message>
        <source>Hand over by USB</source>
        <translation>Serahkan lewat USB</translation>
    </message>
    <message>
        <source>The file holds every change of this laptop that has not reached the server yet, with its photos, signed by this laptop. Only a laptop signed in as %1, or the office, can deliver it. Save it on a USB stick.</source>
        <translation>Berkas ini berisi semua perubahan di laptop ini yang belum sampai ke server, beserta fotonya, ditandatangani oleh laptop ini. Hanya laptop yang masuk sebagai %1, atau kantor, yang dapat mengirimkannya. Simpan di flashdisk.</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Simpan bundel</translation>
    </message>
    <message>
        <source>Save the bundle to</source>
        <translation>Simpan bundel ke</translation>
    </message>
    <message>
        <source>Saved to %3: %1 and %2.

Next: take the file to the office, or to a connected laptop signed in with the same account, and choose &quot;Receive a bundle&quot; there. The changes stay on this laptop too and are sent again at its next sync; the server then counts them as duplicates.</source>
        <translation>%1 dan %2 disimpan ke %3.

Selanjutnya: bawa berkas ini ke kantor, atau ke laptop lain yang tersambung dan masuk dengan akun yang sama, lalu pilih &quot;Terima bundel&quot; di sana. Perubahan tetap ada di laptop ini dan dikirim lagi pada sinkronisasi berikutnya; server akan menghitungnya sebagai duplikat.</translation>
    </message>
    <message>
        <source>Delivered: %1 applied, %2 already on the server (duplicates), %3 refused, %4 uploaded.

Next: the changes reach every laptop of the account, this one too, at its next sync.</source>
        <translation>Terkirim: %1 diterapkan, %2 sudah ada di server (duplikat), %3 ditolak, %4 diunggah.

Selanjutnya: perubahan ini sampai ke setiap laptop akun tersebut, termasuk laptop ini, pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Terima bundel</translation>
    </message>
    <message>
        <source>Choose a handover file made by a laptop signed in as %1. The whole file is checked first (signature, account, size); then its changes and photos are sent to the server. Changes the server already has are counted as duplicates, so receiving a file twice changes nothing.</source>
        <translation>Pilih berkas serah terima yang dibuat oleh laptop yang masuk sebagai %1. Seluruh berkas diperiksa dulu (tanda tangan, akun, ukuran); lalu perubahan dan fotonya dikirim ke server. Perubahan yang sudah ada di server dihitung sebagai duplikat, jadi menerima berkas yang sama dua kali tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Send to the server</source>
        <translation>Kirim ke server</translation>
    </message>
    <message>
        <source>The bundle file (*.kopdes)</source>
        <translation>Berkas bundel (*.kopdes)</translation>
    </message>
    <message>
        <source>Receive the bundle from</source>
        <translation>Terima bundel dari</translation>
    </message>
    <message>
        <source>Handover bundle (*.kopdes);;All files (*)</source>
        <translation>Bundel serah terima (*.kopdes);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Everywhere</source>
        <translation>Di semua layar</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Bantuan ini</translation>
    </message>
    <message>
        <source>Go to a page of the list on the left, counted from the top</source>
        <translation>Buka halaman di daftar sebelah kiri, dihitung dari atas</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Next / previous field or button</source>
        <translation>Isian atau tombol berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <translation>huruf bergaris bawah</translation>
    </message>
    <message>
        <source>Go straight to that field or button</source>
        <translation>Langsung ke isian atau tombol itu</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>Press the button, or tick the box, that has the focus</source>
        <translation>Tekan tombol, atau centang kotak, yang sedang aktif</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Search in the list</source>
        <translation>Cari di daftar</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Data baru</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Pindah baris di daftar</translation>
    </message>
    <message>
        <source>Open the chosen row</source>
        <translation>Buka baris yang dipilih</translation>
    </message>
    <message>
        <source>Leave the list for the next field</source>
        <translation>Keluar dari daftar ke isian berikutnya</translation>
    </message>
    <message>
        <source>Dashboard charts: choose a bar, list what is behind it</source>
        <translation>Grafik di Dasbor: pilih batang, tampilkan daftarnya</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Save (a visit: save as draft)</source>
        <translation>Simpan (kunjungan: simpan sebagai draf)</translation>
    </message>
    <message>
        <source>Submit the visit for review</source>
        <translation>Ajukan kunjungan untuk ditinjau</translation>
    </message>
    <message>
        <source>Close the form (it asks first if something is not saved)</source>
        <translation>Tutup formulir (ditanya dulu bila ada yang belum disimpan)</translation>
    </message>
    <message>
        <source>Next / previous tab of the form</source>
        <translation>Tab formulir berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Open the calendar of a date field; arrows and Enter pick</source>
        <translation>Buka kalender isian tanggal; pilih dengan panah lalu Enter</translation>
    </message>
    <message>
        <source>Cooperative field: show the suggestions; Enter takes one</source>
        <translation>Isian koperasi: tampilkan saran; Enter memilih salah satu</translation>
    </message>
    <message>
        <source>Visit form: add an agreed action</source>
        <translation>Formulir kunjungan: tambah tindak lanjut</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Cooperative form</source>
        <translation>Formulir koperasi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Visit form</source>
        <translation>Formulir kunjungan</translation>
    </message>
    <message>
        <source>Business opportunities</source>
        <translation>Peluang Usaha</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kotak Masuk</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Masuk ke server</translation>
    </message>
    <message>
        <source>There is no guide for this screen yet.</source>
        <translation>Belum ada panduan untuk layar ini.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photos tab: show the chosen photo large</source>
        <translation>Tab Foto: tampilkan foto yang dipilih dalam ukuran besar</translation>
    </message>
    <message>
        <source>Photo shown large: zoom in / out (the mouse wheel too)</source>
        <translation>Foto besar: perbesar / perkecil (bisa juga dengan roda tetikus)</translation>
    </message>
    <message>
        <source>Photo shown large: fit the whole photo in the window</source>
        <translation>Foto besar: tampilkan seluruh foto pas di jendela</translation>
    </message>
    <message>
        <source>Photo shown large: move a zoomed photo (or drag it)</source>
        <translation>Foto besar: geser foto yang diperbesar (atau seret)</translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation>Tutup foto</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Geser peta</translation>
    </message>
    <message>
        <source>Zoom in / out (the mouse wheel too)</source>
        <translation>Perbesar / perkecil (bisa juga dengan roda mouse)</translation>
    </message>
    <message>
        <source>Find field: fly to the village typed</source>
        <translation>Kolom Cari: tampilkan di peta desa yang diketik</translation>
    </message>
    <message>
        <source>On the map: open the cooperative of that village</source>
        <translation>Di peta: buka koperasi desa itu</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Tombol Menu</translation>
    </message>
    <message>
        <source>On the map: that village&apos;s menu (its visits)</source>
        <translation>Di peta: menu desa itu (kunjungannya)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>&amp;Guide to:</source>
        <translation>&amp;Panduan untuk:</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pengurus/pengawas</source>
        <translation>Pengurus/pengawas</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>on this laptop</source>
        <translation>di laptop ini</translation>
    </message>
    <message>
        <source>received; last changed by %1</source>
        <translation>diterima; terakhir diubah oleh %1</translation>
    </message>
    <message>
        <source>received from the server</source>
        <translation>diterima dari server</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>diubah oleh %1</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>ditambahkan oleh %1</translation>
    </message>
    <message>
        <source>changed by another user</source>
        <translation>diubah oleh pengguna lain</translation>
    </message>
    <message>
        <source>by the office (data set up by an administrator)</source>
        <translation>oleh kantor (data yang disiapkan admin)</translation>
    </message>
    <message>
        <source>from the server</source>
        <translation>dari server</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Sent back by the PMO (%1)</source>
        <translation>Dikembalikan oleh PMO (%1)</translation>
    </message>
    <message>
        <source>Changes to check (%1)</source>
        <translation>Perubahan yang perlu dicek (%1)</translation>
    </message>
    <message>
        <source>Agreed actions due (%1)</source>
        <translation>Tindak lanjut jatuh tempo (%1)</translation>
    </message>
    <message>
        <source>Drafts to finish (%1)</source>
        <translation>Draf yang belum selesai (%1)</translation>
    </message>
    <message>
        <source>Visits planned this week (%1)</source>
        <translation>Kunjungan yang direncanakan minggu ini (%1)</translation>
    </message>
    <message>
        <source>Not visited for 30 days or more (%1)</source>
        <translation>Belum dikunjungi 30 hari atau lebih (%1)</translation>
    </message>
    <message>
        <source>Visits waiting for your review (%1)</source>
        <translation>Kunjungan menunggu tinjauan Anda (%1)</translation>
    </message>
    <message>
        <source>Clashes to settle (%1)</source>
        <translation>Bentrok yang perlu diselesaikan (%1)</translation>
    </message>
    <message>
        <source>BAs without a visit this month (%1)</source>
        <translation>BA tanpa kunjungan bulan ini (%1)</translation>
    </message>
    <message>
        <source>90 days or more, or never: %1 · 60–89 days: %2 · 30–59 days: %3</source>
        <translation>90 hari atau lebih, atau belum pernah: %1 · 60–89 hari: %2 · 30–59 hari: %3</translation>
    </message>
    <message>
        <source>Fix what the PMO asks, then submit again.</source>
        <translation>Perbaiki sesuai permintaan PMO, lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>The server refused these changes, or this laptop could not apply them.</source>
        <translation>Server menolak perubahan ini, atau laptop ini tidak dapat menerapkannya.</translation>
    </message>
    <message>
        <source>The longest waiting first.</source>
        <translation>Yang paling lama menunggu ada di atas.</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sinkronisasi: %1</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <translation>Lihat semua (%1)</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Menampilkan %1 yang pertama.</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Tampilkan lebih sedikit</translation>
    </message>
    <message>
        <source>(cooperative unknown)</source>
        <translation>(koperasi tidak diketahui)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Terlambat %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Jatuh tempo besok</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>%1 lagi</translation>
    </message>
    <message>
        <source>%1 — visit of %2</source>
        <translation>%1 — kunjungan %2</translation>
    </message>
    <message>
        <source>%1 (%2): a change from the server was not applied, %3</source>
        <translation>%1 (%2): perubahan dari server tidak diterapkan, %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 — never visited</source>
        <translation>%1 — belum pernah dikunjungi</translation>
    </message>
    <message>
        <source>%1 — last visit %2 (%3 ago)</source>
        <translation>%1 — kunjungan terakhir %2 (%3 lalu)</translation>
    </message>
    <message>
        <source>%1 — %2, visit of %3</source>
        <translation>%1 — %2, kunjungan %3</translation>
    </message>
    <message>
        <source>a BA</source>
        <translation>seorang BA</translation>
    </message>
    <message>
        <source>%1 · waiting since %2 (%3)</source>
        <translation>%1 · menunggu sejak %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>%1 — no visit yet</source>
        <translation>%1 — belum ada kunjungan</translation>
    </message>
    <message>
        <source>%1 — last visit %2</source>
        <translation>%1 — kunjungan terakhir %2</translation>
    </message>
    <message>
        <source>%1 (other value by %2)</source>
        <translation>%1 (nilai lain oleh %2)</translation>
    </message>
    <message>
        <source>No cooperative is on this laptop yet. Sign in and sync to receive the cooperatives you coach, or try the sample data on the Cooperatives page.</source>
        <translation>Belum ada koperasi di laptop ini. Masuk dan sinkronkan untuk menerima koperasi dampingan Anda, atau coba data contoh di halaman Koperasi.</translation>
    </message>
    <message>
        <source>Nothing waits for you: no visit to review, no clash, every BA visited.</source>
        <translation>Tidak ada yang menunggu Anda: tidak ada kunjungan untuk ditinjau, tidak ada bentrok, semua BA sudah berkunjung bulan ini.</translation>
    </message>
    <message>
        <source>All done for now: no drafts, nothing sent back, no action due. Good work!</source>
        <translation>Semua beres untuk saat ini: tidak ada draf, tidak ada yang dikembalikan, tidak ada tindak lanjut yang jatuh tempo. Kerja bagus!</translation>
    </message>
    <message>
        <source>Go to Cooperatives</source>
        <translation>Buka Koperasi</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Buka Dasbor</translation>
    </message>
    <message>
        <source>Log a new visit</source>
        <translation>Catat kunjungan baru</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The to-do list could not be read: %1</source>
        <translation>Daftar tugas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Home: what to do now</source>
        <translation>Beranda: yang perlu dikerjakan</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Kirim dan terima perubahan sekarang (F5)</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Kotak Masuk</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Pertahankan nilai sekarang</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Pakai nilai yang lain</translation>
    </message>
    <message>
        <source>Put the values back into the form</source>
        <translation>Masukkan lagi ke formulir</translation>
    </message>
    <message>
        <source>Understood, remove from inbox</source>
        <translation>Mengerti, hapus dari kotak masuk</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>Perubahan yang ditolak server (%1)</translation>
    </message>
    <message>
        <source>Visit sent back — %1 (%2)</source>
        <translation>Kunjungan dikembalikan — %1 (%2)</translation>
    </message>
    <message>
        <source>Change from the server not applied here — %1</source>
        <translation>Perubahan dari server tidak diterapkan di sini — %1</translation>
    </message>
    <message>
        <source>A change from the server (%1, %2) could not be saved on this laptop: %3. Everything else was synced. The app tries again when the record changes on the server and after an update; if this stays, tell your support person. Technical detail: %4</source>
        <translation>Satu perubahan dari server (%1, %2) tidak bisa disimpan di laptop ini: %3. Semua yang lain sudah tersinkron. Aplikasi akan mencoba lagi saat data itu berubah di server dan sesudah aplikasi diperbarui; kalau tetap begini, beri tahu petugas pendukung Anda. Rincian teknis: %4</translation>
    </message>
    <message>
        <source>What you sent: %1</source>
        <translation>Yang Anda kirim: %1</translation>
    </message>
    <message>
        <source>The record shows the server&apos;s values again; open it to go on.</source>
        <translation>Data ini kembali menampilkan isi yang ada di server; buka untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Open cooperative</source>
        <translation>Buka koperasi</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Buka catatan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim lagi</translation>
    </message>
    <message>
        <source>Remove all like this (%1)</source>
        <translation>Tutup semua yang serupa (%1)</translation>
    </message>
    <message>
        <source>Its cooperative is not on the server: it can be sent again once the PMO has assigned the cooperative to you and it has arrived with a sync.</source>
        <translation>Koperasinya belum ada di server: ini dapat dikirim lagi setelah PMO menugaskan koperasi itu kepada Anda dan koperasi itu sudah datang lewat sinkronisasi.</translation>
    </message>
    <message>
        <source>Clash on %1: %2</source>
        <translation>Bentrok pada %1: %2</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Visits sent back to you and changes the server refused appear here after a sync.</source>
        <translation>Tidak ada yang perlu Anda tangani. Kunjungan yang dikembalikan kepada Anda dan perubahan yang ditolak server muncul di sini setelah sinkronisasi.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>%1 — %2 refused: %3</source>
        <translation>%1 — %2 ditolak: %3</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 menulis: %2</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Outside the allowed range.</source>
        <translation>Di luar rentang yang diizinkan.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Cannot be before the start.</source>
        <translation>Tidak boleh sebelum awal.</translation>
    </message>
    <message>
        <source>Fill in both latitude and longitude.</source>
        <translation>Isi lintang dan bujur sekaligus.</translation>
    </message>
    <message>
        <source>This position is outside Indonesia; check the numbers and their sign.</source>
        <translation>Posisi ini di luar Indonesia; periksa angka dan tanda minusnya.</translation>
    </message>
    <message>
        <source>An NIB has 13 digits.</source>
        <translation>NIB terdiri dari 13 digit.</translation>
    </message>
    <message>
        <source>An NPWP has 15 or 16 digits.</source>
        <translation>NPWP terdiri dari 15 atau 16 digit.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Bukan nomor telepon.</translation>
    </message>
    <message>
        <source>Choose a village from the list.</source>
        <translation>Pilih desa dari daftar.</translation>
    </message>
    <message>
        <source>This village already has its cooperative: %1.</source>
        <translation>Desa ini sudah punya koperasi: %1.</translation>
    </message>
    <message>
        <source>This village already has its cooperative.</source>
        <translation>Desa ini sudah punya koperasi.</translation>
    </message>
    <message>
        <source>The same choice appears twice.</source>
        <translation>Pilihan yang sama muncul dua kali.</translation>
    </message>
    <message>
        <source>The photo file is damaged.</source>
        <translation>Berkas foto rusak.</translation>
    </message>
    <message>
        <source>Character %1 cannot be saved: an invisible control character or a broken symbol, usually from copying and pasting. Delete it and type that part again.</source>
        <translation>Karakter ke-%1 tidak bisa disimpan: karakter tak terlihat atau simbol rusak, biasanya terbawa saat menyalin-tempel. Hapus karakter itu lalu ketik ulang bagian tersebut.</translation>
    </message>
    <message>
        <source>This value cannot be read.</source>
        <translation>Isian ini tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Harus antara %1 dan %2.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Paling sedikit %1.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Bukan angka.</translation>
    </message>
    <message>
        <source>Not a date the app can read; write it like 15/03/2025.</source>
        <translation>Tanggal ini tidak terbaca; tulis seperti 15/03/2025.</translation>
    </message>
    <message>
        <source>Not a time the app can read; write it like 09:30.</source>
        <translation>Jam ini tidak terbaca; tulis seperti 09:30.</translation>
    </message>
    <message>
        <source>Choose the cooperative from the suggestions.</source>
        <translation>Pilih koperasi dari daftar saran.</translation>
    </message>
    <message>
        <source>Write the year with four digits, like 2024.</source>
        <translation>Tulis tahun dengan empat angka, seperti 2024.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <source>Revitalisation</source>
        <translation>Revitalisasi</translation>
    </message>
    <message>
        <source>Not operating</source>
        <translation>Belum beroperasi</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Beroperasi</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sehat</translation>
    </message>
    <message>
        <source>Fairly healthy</source>
        <translation>Cukup sehat</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Tidak sehat</translation>
    </message>
    <message>
        <source>Board (pengurus)</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <source>Supervisors (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Wakil ketua</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Cooperative office</source>
        <translation>Kantor koperasi</translation>
    </message>
    <message>
        <source>Grocery outlet (sembako)</source>
        <translation>Gerai sembako</translation>
    </message>
    <message>
        <source>Savings and loans</source>
        <translation>Simpan pinjam</translation>
    </message>
    <message>
        <source>Village clinic</source>
        <translation>Klinik desa</translation>
    </message>
    <message>
        <source>Village pharmacy / drug outlet</source>
        <translation>Apotek desa / gerai obat</translation>
    </message>
    <message>
        <source>Warehouse / cold storage</source>
        <translation>Gudang / cold storage</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>LPG depot</source>
        <translation>Pangkalan LPG</translation>
    </message>
    <message>
        <source>Fertiliser kiosk</source>
        <translation>Kios pupuk</translation>
    </message>
    <message>
        <source>Banking agent (Laku Pandai / BRILink)</source>
        <translation>Agen Laku Pandai / BRILink</translation>
    </message>
    <message>
        <source>Farm produce offtaker</source>
        <translation>Offtaker hasil bumi</translation>
    </message>
    <message>
        <source>Local potential business</source>
        <translation>Usaha potensi lokal</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Belum teridentifikasi</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Teridentifikasi</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Sudah tersedia</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Sedang dibangun</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Jalan darat</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Sungai</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Laptop GPS</source>
        <translation>GPS laptop</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Diketik</translation>
    </message>
    <message>
        <source>taken from the laptop&apos;s location</source>
        <translation>diambil dari lokasi laptop</translation>
    </message>
    <message>
        <source>taken from a photo</source>
        <translation>diambil dari foto</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>diketik</translation>
    </message>
    <message>
        <source>Latitude %1 · Longitude %2</source>
        <translation>Lintang %1 · Bujur %2</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Institutional matters</source>
        <translation>Kelembagaan</translation>
    </message>
    <message>
        <source>SIMKOPDES update</source>
        <translation>Pembaruan SIMKOPDES</translation>
    </message>
    <message>
        <source>Legal documents</source>
        <translation>Dokumen legal</translation>
    </message>
    <message>
        <source>Business plan / proposal</source>
        <translation>Rencana bisnis / proposal</translation>
    </message>
    <message>
        <source>Outlet / land readiness</source>
        <translation>Kesiapan gerai / lahan</translation>
    </message>
    <message>
        <source>Operations and bookkeeping</source>
        <translation>Operasional dan pembukuan</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Kemitraan</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Perlu revisi</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Diajukan ulang</translation>
    </message>
    <message>
        <source>Food crops</source>
        <translation>Pertanian tanaman pangan</translation>
    </message>
    <message>
        <source>Horticulture</source>
        <translation>Hortikultura</translation>
    </message>
    <message>
        <source>Plantation crops</source>
        <translation>Perkebunan</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Peternakan</translation>
    </message>
    <message>
        <source>Capture fisheries</source>
        <translation>Perikanan tangkap</translation>
    </message>
    <message>
        <source>Aquaculture</source>
        <translation>Perikanan budidaya</translation>
    </message>
    <message>
        <source>Forestry / non-timber forest products</source>
        <translation>Kehutanan / HHBK</translation>
    </message>
    <message>
        <source>Processing industry</source>
        <translation>Industri pengolahan</translation>
    </message>
    <message>
        <source>Crafts and creative economy</source>
        <translation>Kerajinan dan ekonomi kreatif</translation>
    </message>
    <message>
        <source>Trade / basic goods</source>
        <translation>Perdagangan / sembako</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Jasa keuangan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Logistics and warehousing</source>
        <translation>Logistik dan pergudangan</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Pariwisata</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Pembiayaan</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Peralatan</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Perizinan</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>Akses pasar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ide</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Sudah dikaji</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Terwujud</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Visited in the last 30 days</source>
        <translation>Dikunjungi dalam 30 hari terakhir</translation>
    </message>
    <message>
        <source>30–59 days ago</source>
        <translation>30–59 hari lalu</translation>
    </message>
    <message>
        <source>60–89 days ago</source>
        <translation>60–89 hari lalu</translation>
    </message>
    <message>
        <source>90 days or more, or never</source>
        <translation>90 hari atau lebih, atau belum pernah</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2–3</source>
        <translation>2–3</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 atau lebih</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>Mixed (several cooperatives)</source>
        <translation>Campuran (beberapa koperasi)</translation>
    </message>
    <message>
        <source>No cooperative on this laptop</source>
        <translation>Tidak ada koperasi di laptop ini</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kopdes Desktop</source>
        <translation>Kopdes Desktop</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Business opportunities</source>
        <translation>Peluang Usaha</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kotak Masuk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Kopdes Desktop — sample data</source>
        <translation>Kopdes Desktop — data contoh</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Bantuan (F1)</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>Pulihkan dari cadangan?</translation>
    </message>
    <message>
        <source>The data on this laptop is replaced by the backup (the current database is kept in the backups folder). Changes made after the backup and not yet synced are not in it. The app closes afterwards; open it again.</source>
        <translation>Data di laptop ini diganti dengan cadangan (basis data sekarang tetap disimpan di folder cadangan). Perubahan setelah cadangan dibuat dan belum tersinkron tidak ada di dalamnya. Setelah itu aplikasi ditutup; buka lagi.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1. Sync first, or save them to a handover file with Settings → “Hand over by USB…”, then sign out.</source>
        <translation>%1 belum terkirim. Sinkronkan dulu, atau simpan ke berkas serah-terima lewat Pengaturan → “Serahkan lewat USB…”, lalu keluar.</translation>
    </message>
    <message>
        <source>The app last closed unexpectedly with %1 open. Open them again with what you had typed?</source>
        <translation>Aplikasi terakhir kali tertutup tiba-tiba saat %1 masih terbuka. Buka lagi dengan isian yang sudah Anda ketik?</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>A guide to this screen, and the keyboard shortcuts</source>
        <translation>Panduan layar ini dan pintasan keyboard</translation>
    </message>
    <message>
        <source>Restored from %1. Open the app again to continue.</source>
        <translation>Dipulihkan dari %1. Buka aplikasi lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Pulihkan pekerjaan yang belum disimpan?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Memuat peta…</translation>
    </message>
    <message>
        <source>Sector of the opportunities counted</source>
        <translation>Sektor peluang usaha yang dihitung</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Semua sektor</translation>
    </message>
    <message>
        <source>Commodity of the opportunities counted</source>
        <translation>Komoditas peluang usaha yang dihitung</translation>
    </message>
    <message>
        <source>All commodities</source>
        <translation>Semua komoditas</translation>
    </message>
    <message>
        <source>Find a village…</source>
        <translation>Cari desa…</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Warnai menurut:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Perkecil (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Perbesar (+)</translation>
    </message>
    <message>
        <source>My &amp;area</source>
        <translation>Wilayah &amp;saya</translation>
    </message>
    <message>
        <source>Show my area whole</source>
        <translation>Tampilkan seluruh wilayah saya</translation>
    </message>
    <message>
        <source>All of Kalbar</source>
        <translation>Seluruh Kalbar</translation>
    </message>
    <message>
        <source>Visit &amp;GPS points</source>
        <translation>Titik &amp;GPS kunjungan</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Simpan sebagai PNG…</translation>
    </message>
    <message>
        <source>The map shows the cooperatives as they stood on the last day of the period; the GPS points and the visits waiting for review are those of the period.</source>
        <translation>Peta menunjukkan keadaan koperasi pada hari terakhir periode; titik GPS dan kunjungan yang menunggu tinjauan adalah kunjungan dalam periode itu.</translation>
    </message>
    <message>
        <source>All BAs</source>
        <translation>Semua pendamping</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;BA:</source>
        <translation>Pen&amp;damping:</translation>
    </message>
    <message>
        <source>Click to show on the map; double-click to open the visit</source>
        <translation>Klik untuk melihat di peta; klik dua kali untuk membuka kunjungan</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Tentang…</translation>
    </message>
    <message>
        <source>Boundaries: cahyadsn/wilayah_boundaries (MIT).</source>
        <translation>Batas wilayah: cahyadsn/wilayah_boundaries (MIT).</translation>
    </message>
    <message>
        <source>Up to today</source>
        <translation>Sampai hari ini</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>Days since the last visit</source>
        <translation>Hari sejak kunjungan terakhir</translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation>Status operasional</translation>
    </message>
    <message>
        <source>Open business opportunities</source>
        <translation>Peluang usaha yang masih terbuka</translation>
    </message>
    <message>
        <source>Visits waiting for review</source>
        <translation>Kunjungan menunggu tinjauan</translation>
    </message>
    <message>
        <source>The map could not be shown: %1</source>
        <translation>Peta tidak dapat ditampilkan: %1</translation>
    </message>
    <message>
        <source>◆ village without a boundary: at its kecamatan</source>
        <translation>◆ desa tanpa batas peta: ditandai di kecamatannya</translation>
    </message>
    <message>
        <source>● GPS of a visit</source>
        <translation>● GPS kunjungan</translation>
    </message>
    <message>
        <source>✕ GPS more than %1 km outside its village</source>
        <translation>✕ GPS lebih dari %1 km di luar desanya</translation>
    </message>
    <message>
        <source>Grey: not %1&apos;s cooperatives</source>
        <translation>Abu-abu: bukan koperasi dampingan %1</translation>
    </message>
    <message>
        <source>Grey: outside my area</source>
        <translation>Abu-abu: di luar wilayah saya</translation>
    </message>
    <message>
        <source>%4 coaches %1 (as of %2); %3 never visited.</source>
        <translation>%4 mendampingi %1 (per %2); %3 belum pernah dikunjungi.</translation>
    </message>
    <message>
        <source>In my area: %1 (as of %2); %3 never visited.</source>
        <translation>Di wilayah saya: %1 (per %2); %3 belum pernah dikunjungi.</translation>
    </message>
    <message>
        <source>Visits with GPS far outside their village (%1):</source>
        <translation>Kunjungan dengan GPS jauh di luar desanya (%1):</translation>
    </message>
    <message>
        <source>No visit of the period has GPS far outside its village.</source>
        <translation>Tidak ada kunjungan pada periode ini dengan GPS jauh di luar desanya.</translation>
    </message>
    <message>
        <source>%1 km outside</source>
        <translation>%1 km di luar</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posisi %1</translation>
    </message>
    <message>
        <source>No boundary yet: shown at its kecamatan</source>
        <translation>Belum ada batas peta: ditandai di kecamatannya</translation>
    </message>
    <message>
        <source>No cooperative on this laptop</source>
        <translation>Tidak ada koperasi di laptop ini</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Belum pernah dikunjungi</translation>
    </message>
    <message>
        <source>Last visit: %1 (%2 ago)</source>
        <translation>Kunjungan terakhir: %1 (%2 lalu)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Open business opportunities: %1</source>
        <translation>Peluang usaha terbuka: %1</translation>
    </message>
    <message>
        <source>Visits waiting for review: %1</source>
        <translation>Kunjungan menunggu tinjauan: %1</translation>
    </message>
    <message>
        <source>No village is called “%1”.</source>
        <translation>Tidak ada desa bernama “%1”.</translation>
    </message>
    <message>
        <source>No cooperative of %1 is on this laptop.</source>
        <translation>Belum ada koperasi desa %1 di laptop ini.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>Visits of %1</source>
        <translation>Kunjungan %1</translation>
    </message>
    <message>
        <source>Kopdes Desktop · as of %1 · boundaries © Cahya DSN (MIT)</source>
        <translation>Kopdes Desktop · per %1 · batas wilayah © Cahya DSN (MIT)</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>Map saved: %1</source>
        <translation>Peta disimpan: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Simpan peta</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>NotApplied</name>
    <message>
        <source>it holds a value this version of the app cannot read</source>
        <translation>isinya tidak bisa dibaca oleh versi aplikasi ini</translation>
    </message>
    <message>
        <source>it holds a number too large to store</source>
        <translation>ada angka yang terlalu besar untuk disimpan</translation>
    </message>
    <message>
        <source>the record it belongs to is not on this laptop</source>
        <translation>data induknya tidak ada di laptop ini</translation>
    </message>
    <message>
        <source>the laptop&apos;s database refused it</source>
        <translation>basis data laptop menolaknya</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>terjadi kesalahan yang tidak terduga</translation>
    </message>
    <message>
        <source>cooperative profile</source>
        <translation>profil koperasi</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>pengurus/pengawas</translation>
    </message>
    <message>
        <source>business unit</source>
        <translation>unit usaha</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>agreed action</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>catatan pemeriksaan</translation>
    </message>
    <message>
        <source>business opportunity</source>
        <translation>peluang usaha</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>clash record</source>
        <translation>catatan bentrok</translation>
    </message>
    <message>
        <source>record</source>
        <translation>data</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>Opportunity</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Koperasi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>Co&amp;mmodity:</source>
        <translation>Ko&amp;moditas:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <source>Estimated &amp;volume:</source>
        <translation>Perkiraan &amp;volume:</translation>
    </message>
    <message>
        <source>Volume &amp;unit:</source>
        <translation>Satua&amp;n volume:</translation>
    </message>
    <message>
        <source>Capital needed (Rp):</source>
        <translation>Kebutuhan modal (Rp):</translation>
    </message>
    <message>
        <source>Monthly revenue (Rp):</source>
        <translation>Omzet per bulan (Rp):</translation>
    </message>
    <message>
        <source>Offtaker / &amp;partner:</source>
        <translation>Offtaker / m&amp;itra:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Kebutuhan:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritas:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>New business opportunity</source>
        <translation>Peluang usaha baru</translation>
    </message>
    <message>
        <source>Opportunity saved.</source>
        <translation>Peluang disimpan.</translation>
    </message>
</context>
<context>
    <name>OpportunityListPage</name>
    <message>
        <source>Business opportunities</source>
        <translation>Peluang Usaha</translation>
    </message>
    <message>
        <source>Search title, commodity or cooperative…</source>
        <translation>Cari judul, komoditas, atau koperasi…</translation>
    </message>
    <message>
        <source>&amp;New opportunity</source>
        <translation>Peluang &amp;baru</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Semua sektor</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Semua prioritas</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;ektor:</translation>
    </message>
    <message>
        <source>No business opportunities on this laptop yet. They come with sync.</source>
        <translation>Belum ada peluang usaha di laptop ini. Datanya datang lewat sinkronisasi.</translation>
    </message>
    <message>
        <source>No business opportunities yet. Note one when a cooperative sees a chance.</source>
        <translation>Belum ada peluang usaha. Catat satu saat koperasi melihat peluang.</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Peluang baru</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only the person who wrote it can change it.</source>
        <translation>Hanya penulisnya yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>The visit is waiting for review or was approved; it can be changed again if the PMO sends it back.</source>
        <translation>Kunjungan ini sedang menunggu tinjauan atau sudah disetujui; kunjungan dapat diubah lagi jika PMO mengembalikannya.</translation>
    </message>
    <message>
        <source>Only a draft visit can be deleted.</source>
        <translation>Hanya kunjungan berstatus draf yang dapat dihapus.</translation>
    </message>
    <message>
        <source>The visit&apos;s status does not allow this now.</source>
        <translation>Status kunjungan ini tidak memungkinkan hal itu sekarang.</translation>
    </message>
    <message>
        <source>This is outside your kabupaten/kota.</source>
        <translation>Ini di luar kabupaten/kota Anda.</translation>
    </message>
    <message>
        <source>This is written by the server, not on a laptop.</source>
        <translation>Ini ditulis oleh server, bukan di laptop.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peran Anda tidak mengizinkan hal ini.</translation>
    </message>
    <message>
        <source>New cooperatives are added by the PMO. Ask your PMO to assign this cooperative to you.</source>
        <translation>Koperasi baru ditambahkan oleh PMO. Minta PMO Anda menugaskan koperasi ini kepada Anda.</translation>
    </message>
    <message>
        <source>You add cooperatives in your own kabupaten/kota: choose a village there. Elsewhere, the PMO of that area adds them.</source>
        <translation>Anda menambahkan koperasi di kabupaten/kota Anda sendiri: pilih desa di sana. Di wilayah lain, PMO wilayah itu yang menambahkannya.</translation>
    </message>
    <message>
        <source>Only an admin can move a cooperative to another village.</source>
        <translation>Hanya admin yang dapat memindahkan koperasi ke desa lain.</translation>
    </message>
    <message>
        <source>Only an admin can delete a cooperative.</source>
        <translation>Hanya admin yang dapat menghapus koperasi.</translation>
    </message>
    <message>
        <source>Visits are reviewed by the PMO of their kabupaten/kota.</source>
        <translation>Kunjungan ditinjau oleh PMO kabupaten/kota kunjungan itu.</translation>
    </message>
    <message>
        <source>Only a PMO of this visit&apos;s kabupaten/kota can review it.</source>
        <translation>Hanya PMO kabupaten/kota kunjungan ini yang dapat meninjaunya.</translation>
    </message>
    <message>
        <source>This visit was written by someone else; only they can change it.</source>
        <translation>Kunjungan ini ditulis orang lain; hanya penulisnya yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>This visit was written by someone else; only they can submit it.</source>
        <translation>Kunjungan ini ditulis orang lain; hanya penulisnya yang dapat mengajukannya.</translation>
    </message>
    <message>
        <source>This note was written by someone else; only they can change it.</source>
        <translation>Catatan peluang usaha ini ditulis orang lain; hanya penulisnya yang dapat mengubahnya.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>e.g. Rice stock in the cooperative&apos;s warehouse</source>
        <translation>mis. Stok beras di gudang koperasi</translation>
    </message>
    <message>
        <source>What the selected photo shows; it syncs with the photo</source>
        <translation>Apa yang tampak di foto yang dipilih; ikut tersinkron bersama fotonya</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Photo #%1</source>
        <translation>Foto #%1</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Menambahkan %1…</translation>
    </message>
    <message>
        <source>The photos could not be added; details are in the log.</source>
        <translation>Foto tidak dapat ditambahkan; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>tanggal tidak diketahui</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Diambil %1</translation>
    </message>
    <message>
        <source>Double-click or Enter to view large</source>
        <translation>Klik dua kali atau tekan Enter untuk melihat besar</translation>
    </message>
    <message>
        <source>Not a picture the app can read: %1</source>
        <translation>Bukan gambar yang dapat dibaca aplikasi: %1</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom, 0 fits the window, drag or arrow keys move the photo</source>
        <translation>Roda tetikus atau + dan − untuk memperbesar/memperkecil, 0 untuk pas di jendela, seret atau tombol panah untuk menggeser foto</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Perkecil (−)</translation>
    </message>
    <message>
        <source>Fit (0)</source>
        <translation>Pas jendela (0)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Perbesar (+)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Downloading the photo…</source>
        <translation>Mengunduh foto…</translation>
    </message>
    <message>
        <source>This photo is not on this laptop yet. Sign in to download it.</source>
        <translation>Foto ini belum ada di laptop ini. Masuk (login) dulu untuk mengunduhnya.</translation>
    </message>
    <message>
        <source>This photo is not on this laptop yet and the server cannot be reached now. Try again when the connection is back.</source>
        <translation>Foto ini belum ada di laptop ini dan server belum bisa dihubungi. Coba lagi saat sinyal sudah ada.</translation>
    </message>
    <message>
        <source>This photo has not reached the server yet: its author&apos;s laptop still has to send it.</source>
        <translation>Foto ini belum sampai di server: laptop pembuatnya belum mengirimnya.</translation>
    </message>
    <message>
        <source>The downloaded photo was damaged. Try again.</source>
        <translation>Foto yang diunduh rusak. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>While this form was open, the visit became &quot;%1&quot;: it can no longer be changed here. What you typed is kept in this form.</source>
        <translation>Selagi formulir ini terbuka, kunjungan ini menjadi &quot;%1&quot;, jadi tidak bisa diubah lagi di sini. Yang Anda ketik tetap ada di formulir ini.</translation>
    </message>
    <message>
        <source>While this form was open, the record was deleted elsewhere, so it cannot be saved. What you typed is kept in this form.</source>
        <translation>Selagi formulir ini terbuka, data ini dihapus di tempat lain, jadi tidak bisa disimpan. Yang Anda ketik tetap ada di formulir ini.</translation>
    </message>
    <message>
        <source>Could not save: %1. What you typed is kept in this form.</source>
        <translation>Gagal menyimpan: %1. Isian Anda tetap ada di formulir ini.</translation>
    </message>
    <message>
        <source>Not saved yet: someone changed the same data while you were editing. Choose which values to keep.</source>
        <translation>Belum disimpan: ada yang mengubah data yang sama selagi Anda mengedit. Pilih nilai mana yang dipakai.</translation>
    </message>
    <message>
        <source>Please correct %1 marked in red.</source>
        <translation>Mohon perbaiki %1 yang ditandai merah.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close the form and discard them?</source>
        <translation>Ada perubahan yang belum disimpan. Tutup formulir dan buang perubahan itu?</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Cari (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Tidak ada yang cocok dengan pencarian dan filter ini.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Daftar tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pengurus/pengawas</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Komentar tinjauan</translation>
    </message>
    <message>
        <source>Business opportunity</source>
        <translation>Peluang usaha</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status diubah</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database needs to be recovered</source>
        <translation>Basis data perlu dipulihkan</translation>
    </message>
    <message>
        <source>Kopdes Desktop found damage in its database file, probably after a power cut or a disk error. The damaged file is kept as it is, whatever you choose, so support staff can still rescue data from it.</source>
        <translation>Kopdes Desktop menemukan kerusakan pada berkas basis datanya, mungkin karena listrik padam atau kesalahan disk. Apa pun pilihan Anda, berkas yang rusak tetap disimpan apa adanya agar petugas dukungan masih dapat menyelamatkan datanya.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Berkas log: %1</translation>
    </message>
    <message>
        <source>Technical details for support:</source>
        <translation>Rincian teknis untuk petugas dukungan:</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Mulai dengan basis data kosong</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>There is no good backup on this laptop. You can start with an empty database and receive your data again at the next sync; changes that were never sent will have to be entered again.</source>
        <translation>Tidak ada cadangan yang baik di laptop ini. Anda dapat mulai dengan basis data kosong dan menerima data Anda kembali pada sinkronisasi berikutnya; perubahan yang belum pernah terkirim harus dimasukkan ulang.</translation>
    </message>
    <message>
        <source>The newest good backup was made on %1. Restoring it brings back everything saved up to then.</source>
        <translation>Cadangan baik yang terbaru dibuat pada %1. Memulihkannya mengembalikan semua yang tersimpan sampai saat itu.</translation>
    </message>
    <message>
        <source>Not yet sent and not in the backup: %1 in the damaged file. Please note them now and enter them again after recovering:</source>
        <translation>%1 dalam berkas yang rusak belum terkirim dan tidak ada di cadangan. Catatlah sekarang dan masukkan kembali setelah pemulihan:</translation>
    </message>
    <message>
        <source>No unsent change is lost: the backup holds all of them.</source>
        <translation>Tidak ada perubahan belum terkirim yang hilang: semuanya ada di cadangan.</translation>
    </message>
    <message>
        <source>Part of the damaged file could not be read, so there may be more unsent changes than listed here.</source>
        <translation>Sebagian berkas yang rusak tidak dapat dibaca, jadi mungkin ada lebih banyak perubahan belum terkirim daripada yang tercantum di sini.</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Pemulihan gagal</translation>
    </message>
    <message>
        <source>The recovery did not work: %1
Details are in the log file:
%2</source>
        <translation>Pemulihan tidak berhasil: %1
Rinciannya ada di berkas log:
%2</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>Visit of %1 to %2</source>
        <translation>Kunjungan %1 ke %2</translation>
    </message>
    <message>
        <source>Business note %1 (%2)</source>
        <translation>Peluang usaha %1 (%2)</translation>
    </message>
    <message>
        <source>A cooperative</source>
        <translation>Sebuah koperasi</translation>
    </message>
    <message>
        <source>The server refused the last change: %1 See the inbox.</source>
        <translation>Server menolak perubahan terakhir: %1 Lihat Kotak Masuk.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pengurus/pengawas</source>
        <translation>Pengurus/pengawas</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unit usaha</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Business note</source>
        <translation>Peluang usaha</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Bentrok</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>diajukan</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>ditinjau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Type a village name to find it…</source>
        <translation>Ketik nama desa untuk mencarinya…</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>The values do not pass the checks</source>
        <translation>Isian tidak lolos pemeriksaan</translation>
    </message>
    <message>
        <source>The change was malformed</source>
        <translation>Perubahan tidak berbentuk benar</translation>
    </message>
    <message>
        <source>This cooperative is no longer assigned to you</source>
        <translation>Koperasi ini tidak lagi ditugaskan kepada Anda</translation>
    </message>
    <message>
        <source>Only its author may change this record</source>
        <translation>Hanya pembuatnya yang boleh mengubah data ini</translation>
    </message>
    <message>
        <source>Your role may not make this change</source>
        <translation>Peran Anda tidak boleh membuat perubahan ini</translation>
    </message>
    <message>
        <source>The visit was already submitted or reviewed</source>
        <translation>Kunjungan sudah diajukan atau diperiksa</translation>
    </message>
    <message>
        <source>This field cannot be changed here</source>
        <translation>Kolom ini tidak bisa diubah di sini</translation>
    </message>
    <message>
        <source>The record is not on the server</source>
        <translation>Data ini tidak ada di server</translation>
    </message>
    <message>
        <source>The record it belongs to is not on the server (it was refused too, or not sent yet)</source>
        <translation>Data induknya belum ada di server (ikut ditolak, atau belum terkirim)</translation>
    </message>
    <message>
        <source>Someone deleted the record meanwhile</source>
        <translation>Data ini sudah dihapus orang lain</translation>
    </message>
    <message>
        <source>Another record already has this id</source>
        <translation>ID ini sudah dipakai data lain</translation>
    </message>
    <message>
        <source>The visit&apos;s status changed meanwhile</source>
        <translation>Status kunjungan sudah berubah</translation>
    </message>
    <message>
        <source>That status change is not allowed</source>
        <translation>Perubahan status itu tidak diizinkan</translation>
    </message>
    <message>
        <source>A comment is required</source>
        <translation>Komentar wajib diisi</translation>
    </message>
    <message>
        <source>The app is too old for the server</source>
        <translation>Versi aplikasi terlalu lama untuk server</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>Monthly activity report of a BA (PDF)</source>
        <translation>Laporan kegiatan bulanan pendamping (PDF)</translation>
    </message>
    <message>
        <source>Monthly recap of a kabupaten (PDF)</source>
        <translation>Rekap bulanan kabupaten (PDF)</translation>
    </message>
    <message>
        <source>Cooperatives (spreadsheet)</source>
        <translation>Koperasi (lembar kerja)</translation>
    </message>
    <message>
        <source>Visits (spreadsheet)</source>
        <translation>Kunjungan (lembar kerja)</translation>
    </message>
    <message>
        <source>Business opportunities (spreadsheet)</source>
        <translation>Peluang usaha (lembar kerja)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>Only visits and notes of this month</source>
        <translation>Hanya kunjungan dan catatan bulan ini</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Kabupaten:</source>
        <translation>&amp;Kabupaten:</translation>
    </message>
    <message>
        <source>&amp;BA:</source>
        <translation>&amp;Pendamping:</translation>
    </message>
    <message>
        <source>All kabupaten</source>
        <translation>Semua kabupaten</translation>
    </message>
    <message>
        <source>No BA with visits yet</source>
        <translation>Belum ada pendamping yang punya kunjungan</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Dokumen PDF (.pdf)</translation>
    </message>
    <message>
        <source>Choose the kabupaten of the recap.</source>
        <translation>Pilih kabupaten untuk rekap.</translation>
    </message>
    <message>
        <source>Choose the BA of the report.</source>
        <translation>Pilih pendamping untuk laporan.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Tersimpan %1 (%2).</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>BA %1</source>
        <translation>Pendamping %1</translation>
    </message>
    <message>
        <source>Choose a visit in the list to review it.</source>
        <translation>Pilih kunjungan dalam daftar untuk meninjaunya.</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>BA</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Travel by</source>
        <translation>Transportasi</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Pihak yang ditemui</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Kunjungan berikut</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Tindak lanjut disepakati</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>(photo not downloaded yet)</source>
        <translation>(foto belum diunduh)</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Riwayat tinjauan</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>menunggu dikirim</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Anda</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Visits to review</source>
        <translation>Kunjungan untuk ditinjau</translation>
    </message>
    <message>
        <source>Clashes to settle</source>
        <translation>Bentrokan untuk diselesaikan</translation>
    </message>
    <message>
        <source>&amp;BA:</source>
        <translation>&amp;Pendamping:</translation>
    </message>
    <message>
        <source>&amp;Kabupaten:</source>
        <translation>&amp;Kabupaten:</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>K&amp;operasi:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>All BAs</source>
        <translation>Semua pendamping</translation>
    </message>
    <message>
        <source>All kabupaten</source>
        <translation>Semua kabupaten</translation>
    </message>
    <message>
        <source>All cooperatives</source>
        <translation>Semua koperasi</translation>
    </message>
    <message>
        <source>What should the BA fix? (required to send a visit back)</source>
        <translation>Apa yang perlu diperbaiki pendamping? (wajib untuk mengembalikan kunjungan)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Set&amp;ujui</translation>
    </message>
    <message>
        <source>Needs &amp;revision</source>
        <translation>Perlu &amp;revisi</translation>
    </message>
    <message>
        <source>Only a PMO of this kabupaten can review visits.</source>
        <translation>Hanya PMO kabupaten ini yang dapat meninjau kunjungan.</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation>%1 menunggu tinjauan</translation>
    </message>
    <message>
        <source>No visit waiting for review matches these filters.</source>
        <translation>Tidak ada kunjungan menunggu tinjauan yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>No visits wait for your review. Visits the BAs submit come with sync.</source>
        <translation>Belum ada kunjungan yang menunggu tinjauan. Kunjungan yang diajukan pendamping datang lewat sinkronisasi.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Daftar tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Visit sent back to the BA for revision; they see your comment.</source>
        <translation>Kunjungan dikembalikan ke BA untuk diperbaiki; BA akan membaca komentar Anda.</translation>
    </message>
    <message>
        <source>Visit approved.</source>
        <translation>Kunjungan disetujui.</translation>
    </message>
    <message>
        <source>Write what the BA should fix before sending it back.</source>
        <translation>Tulis apa yang perlu diperbaiki pendamping sebelum mengembalikannya.</translation>
    </message>
    <message>
        <source>Only a PMO of this kabupaten can review this visit.</source>
        <translation>Hanya PMO kabupaten ini yang dapat meninjau kunjungan ini.</translation>
    </message>
    <message>
        <source>This visit is no longer waiting for review.</source>
        <translation>Kunjungan ini tidak lagi menunggu tinjauan.</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>Keputusan tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>&lt;b&gt;Sample data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Data contoh&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Made-up cooperatives, visits and notes for trying the app. They stay on this laptop and are never sent to a server.</source>
        <translation>Koperasi, kunjungan, dan catatan rekaan untuk mencoba aplikasi. Semuanya tetap di laptop ini dan tidak pernah dikirim ke server.</translation>
    </message>
    <message>
        <source>Sign in with your account</source>
        <translation>Masuk dengan akun Anda</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Hapus data contoh</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Photos of your own records always come with sync. Photos of others&apos; records come with sync when they were added in the last days set here (0: none); any other photo is downloaded when you open it.</source>
        <translation>Foto dari catatan Anda sendiri selalu ikut sinkronisasi. Foto dari catatan orang lain ikut sinkronisasi bila ditambahkan dalam beberapa hari terakhir sesuai angka ini (0: tidak ada); foto lainnya diunduh saat Anda membukanya.</translation>
    </message>
    <message>
        <source>The most space photos of others&apos; records may take on this laptop. When it is full, the photos opened longest ago are removed (their small previews stay).</source>
        <translation>Ruang terbesar yang boleh dipakai foto dari catatan orang lain di laptop ini. Bila penuh, foto yang paling lama tidak dibuka dihapus (gambar kecilnya tetap ada).</translation>
    </message>
    <message>
        <source>Only for a server with a private certificate</source>
        <translation>Hanya untuk server dengan sertifikat privat</translation>
    </message>
    <message>
        <source>Allow unencrypted http:// servers (test servers only)</source>
        <translation>Izinkan server http:// tanpa enkripsi (hanya server uji coba)</translation>
    </message>
    <message>
        <source>Over http:// your password and data can be read and changed on the way. Servers on this computer are always allowed.</source>
        <translation>Lewat http://, kata sandi dan data Anda bisa dibaca dan diubah orang lain di tengah jalan. Server di komputer ini selalu diizinkan.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Tampilan:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Alamat &amp;server:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sinkron s&amp;etiap:</translation>
    </message>
    <message>
        <source>&amp;Photos of others that come with sync:</source>
        <translation>&amp;Foto orang lain yang ikut sinkronisasi:</translation>
    </message>
    <message>
        <source>Space for others&apos; p&amp;hotos:</source>
        <translation>&amp;Ruang untuk foto orang lain:</translation>
    </message>
    <message>
        <source>CA &amp;certificate file:</source>
        <translation>Berkas sertifikat &amp;CA:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Keamanan:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Save settings (Ctrl+S)</source>
        <translation>Simpan pengaturan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Changes at once and is kept for the next start.</source>
        <translation>Langsung berubah dan tetap dipakai saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <source>Hand over by USB…</source>
        <translation>Serahkan lewat USB…</translation>
    </message>
    <message>
        <source>Receive a bundle…</source>
        <translation>Terima bundel…</translation>
    </message>
    <message>
        <source>No signal for a long time? Save the unsent changes to a file for the office.</source>
        <translation>Lama tidak ada sinyal? Simpan perubahan yang belum terkirim ke berkas untuk kantor.</translation>
    </message>
    <message>
        <source>Handover:</source>
        <translation>Serah terima:</translation>
    </message>
    <message>
        <source>About Kopdes Desktop…</source>
        <translation>Tentang Kopdes Desktop…</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Akun:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Cadangan:</translation>
    </message>
    <message>
        <source>Not signed in. Sign in once to sync.</source>
        <translation>Belum masuk. Masuk sekali agar bisa sinkron.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Masuk sebagai %1 (%2) di %3</translation>
    </message>
    <message>
        <source>The window shows the sample data. Sign in to switch to your own data; the sample data is then removed.</source>
        <translation>Jendela ini menampilkan data contoh. Masuk untuk beralih ke data Anda sendiri; data contoh lalu dihapus.</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Cadangkan basis data ke</translation>
    </message>
    <message>
        <source>Kopdes database (*.sqlite)</source>
        <translation>Basis data Kopdes (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Pulihkan basis data dari</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Pengaturan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Masuk ke server</translation>
    </message>
    <message>
        <source>Sign in once while you have a connection; the app then syncs for weeks without asking again.</source>
        <translation>Masuk sekali selagi ada koneksi; setelah itu aplikasi tetap bisa sinkron berminggu-minggu tanpa bertanya lagi.</translation>
    </message>
    <message>
        <source>Warning: this address starts with http://, so the connection is not encrypted. Your password and data can be read on the way.</source>
        <translation>Awas: alamat ini diawali http://, jadi sambungannya tidak terenkripsi. Kata sandi dan data Anda bisa dibaca orang lain di tengah jalan.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Fill in the server, your username and your password.</source>
        <translation>Isi alamat server, nama pengguna, dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>This address uses http://, which sends your password unencrypted. Use https://, or allow unencrypted connections in Settings (test servers only).</source>
        <translation>Alamat ini memakai http://, yang mengirim kata sandi Anda tanpa enkripsi. Pakai https://, atau izinkan sambungan tanpa enkripsi di Pengaturan (hanya untuk server uji coba).</translation>
    </message>
    <message>
        <source>This laptop still holds %1 of another account. Sync or export them first.</source>
        <translation>Laptop ini masih menyimpan %1 dari akun lain. Sinkronkan atau ekspor dulu.</translation>
    </message>
    <message>
        <source>Sign-in failed. The details are in the log file: %1</source>
        <translation>Gagal masuk. Rinciannya ada di berkas log: %1</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1.</source>
        <translation>Terlalu banyak percobaan. Coba lagi dalam %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the connection.</source>
        <translation>Server tidak dapat dihubungi. Periksa alamat dan koneksi.</translation>
    </message>
    <message>
        <source>This server needs a newer version of the app.</source>
        <translation>Server ini memerlukan versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Gagal masuk: %1</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Arrow keys choose a bar, Enter lists what is behind it</source>
        <translation>Tombol panah memilih batang, Enter menampilkan daftarnya</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Belum ada data</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Kopdes Desktop needs a graphical desktop, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop, or use the command-line tools: kopdes-desktop --help.</source>
        <translation>Kopdes Desktop memerlukan tampilan desktop grafis, tetapi tidak ditemukan (DISPLAY dan WAYLAND_DISPLAY tidak diatur). Jalankan dari desktop, atau gunakan alat baris perintah: kopdes-desktop --help.</translation>
    </message>
    <message>
        <source>Kopdes Desktop cannot open its window because a system library is missing: %1. On Debian or Ubuntu, install what the window needs with:
  sudo apt-get install %2</source>
        <translation>Kopdes Desktop tidak dapat membuka jendelanya karena sebuah pustaka sistem tidak ada: %1. Di Debian atau Ubuntu, pasang yang dibutuhkan jendela dengan:
  sudo apt-get install %2</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connection lost during sync; will retry</source>
        <translation>Koneksi terputus saat sinkronisasi; akan dicoba lagi</translation>
    </message>
    <message>
        <source>Server busy; will retry</source>
        <translation>Server sibuk; akan dicoba lagi</translation>
    </message>
    <message>
        <source>Data synced; photos still waiting</source>
        <translation>Data tersinkron; foto masih menunggu</translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Masuk lagi untuk sinkronisasi</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Update the app to sync</source>
        <translation>Perbarui aplikasi untuk sinkronisasi</translation>
    </message>
    <message>
        <source>Disk full: free up space to sync</source>
        <translation>Disk penuh: kosongkan ruang untuk sinkronisasi</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Perubahan belum terkirim</translation>
    </message>
    <message>
        <source>The server refused the sync</source>
        <translation>Server menolak sinkronisasi</translation>
    </message>
    <message>
        <source>Server address not encrypted (http); see Settings</source>
        <translation>Alamat server tidak terenkripsi (http); lihat Pengaturan</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sinkronisasi dibatalkan</translation>
    </message>
    <message>
        <source>Sync failed (details in the log)</source>
        <translation>Sinkronisasi gagal (rincian di log)</translation>
    </message>
    <message>
        <source>The server cannot be reached: this laptop has no connection to it, or the server is down. Unsent changes (%1) are kept on this laptop and go out at the next sync.</source>
        <translation>Server tidak dapat dihubungi: laptop ini tidak tersambung ke server, atau server sedang mati. Perubahan yang belum terkirim (%1) tetap tersimpan di laptop ini dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The connection to the server was lost in the middle of the sync. Nothing is lost: what reached the server is recorded there, and the rest (%1) continues at the next sync.</source>
        <translation>Koneksi ke server terputus di tengah sinkronisasi. Tidak ada yang hilang: yang sudah sampai tercatat di server, dan sisanya (%1) dilanjutkan pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The server is busy or having trouble and could not finish the sync. Try again in a few minutes; unsent changes (%1) are kept.</source>
        <translation>Server sedang sibuk atau bermasalah sehingga sinkronisasi tidak selesai. Coba lagi beberapa menit lagi; perubahan yang belum terkirim (%1) tetap tersimpan.</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop&apos;s sign-in (the device was signed out, or the account changed). Sign in again; unsent changes (%1) are kept.</source>
        <translation>Server tidak lagi menerima sesi masuk laptop ini (perangkat dikeluarkan, atau akunnya berubah). Masuk lagi; perubahan yang belum terkirim (%1) tetap tersimpan.</translation>
    </message>
    <message>
        <source>This laptop is not signed in to a server yet. Sign in once while online.</source>
        <translation>Laptop ini belum masuk ke server. Masuk sekali saat tersambung ke internet.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Kopdes Desktop. Update the app; unsent changes (%1) are kept and go out after the update.</source>
        <translation>Server memerlukan Kopdes Desktop versi yang lebih baru. Perbarui aplikasi; perubahan yang belum terkirim (%1) tetap tersimpan dan dikirim setelah pembaruan.</translation>
    </message>
    <message>
        <source>Disk full: this laptop has no storage space left, so the sync stopped. Nothing is lost. Free up space (delete or move files you no longer need), then sync again.</source>
        <translation>Disk penuh: ruang penyimpanan laptop ini habis, jadi sinkronisasi dihentikan. Tidak ada yang hilang. Kosongkan ruang (hapus atau pindahkan berkas yang tidak diperlukan), lalu sinkronkan lagi.</translation>
    </message>
    <message>
        <source>The server refused this sync request. Unsent changes (%1) are kept; the details are in the log file for support staff.</source>
        <translation>Server menolak permintaan sinkronisasi ini. Perubahan yang belum terkirim (%1) tetap tersimpan; rinciannya ada di berkas log untuk petugas dukungan.</translation>
    </message>
    <message>
        <source>The server address starts with http://, so the password and every record would cross the network unencrypted. Use the https:// address, or allow plain http in Settings for a test server only.</source>
        <translation>Alamat server diawali http://, sehingga kata sandi dan setiap data akan melewati jaringan tanpa enkripsi. Gunakan alamat https://, atau izinkan http biasa di Pengaturan khusus untuk server uji coba.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost.</source>
        <translation>Sinkronisasi dibatalkan. Tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. Unsent changes (%1) are kept. Details for support staff are in the log file: %2</source>
        <translation>Sinkronisasi berhenti karena kesalahan tak terduga. Perubahan yang belum terkirim (%1) tetap tersimpan. Rincian untuk petugas dukungan ada di berkas log: %2</translation>
    </message>
    <message>
        <source>Your changes and the server&apos;s are synced. The server takes no more photos for now (its storage is full, or this account&apos;s photo allowance is used up); they stay on this laptop and go out later.</source>
        <translation>Data Anda dan data server sudah tersinkron. Server belum bisa menerima foto lagi (penyimpanannya penuh, atau jatah foto akun ini sudah habis); foto tetap tersimpan di laptop ini dan dikirim nanti.</translation>
    </message>
    <message>
        <source>Photos still to send: %1, to receive: %2.</source>
        <translation>Foto yang belum terkirim: %1, belum diterima: %2.</translation>
    </message>
    <message>
        <source>Your changes and the server&apos;s are synced. Only photos did not finish moving (the connection is slow or dropped); they continue at the next sync.</source>
        <translation>Data Anda dan data server sudah tersinkron. Hanya foto yang belum selesai dipindahkan (koneksi lambat atau terputus); foto dilanjutkan pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The server did not accept this username and password.</source>
        <translation>Server tidak menerima nama pengguna dan kata sandi ini.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this account: wait 15 minutes, then try again.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal untuk akun ini: tunggu 15 menit, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Run: kopdes-desktop login --server URL --username NAME</source>
        <translation>Jalankan: kopdes-desktop login --server URL --username NAMA</translation>
    </message>
    <message>
        <source>Or add --allow-insecure-http to the command, for a test server only.</source>
        <translation>Atau tambahkan --allow-insecure-http pada perintah, khusus untuk server uji coba.</translation>
    </message>
    <message>
        <source>Synced: nothing refused, no clashes.</source>
        <translation>Tersinkron: tidak ada yang ditolak, tidak ada bentrokan.</translation>
    </message>
    <message>
        <source>%1 refused by the server</source>
        <translation>%1 ditolak server</translation>
    </message>
    <message>
        <source>%1 to settle</source>
        <translation>%1 perlu diselesaikan</translation>
    </message>
    <message>
        <source>%1 not applied on this laptop (tried again when they change or after an update)</source>
        <translation>%1 belum bisa dipasang di laptop ini (dicoba lagi saat datanya berubah atau setelah pembaruan aplikasi)</translation>
    </message>
    <message>
        <source>%1 sent (%2 refused), %3 received; photos: %4 sent, %5 received.</source>
        <translation>%1 terkirim (%2 ditolak), %3 diterima; foto: %4 terkirim, %5 diterima.</translation>
    </message>
    <message>
        <source>Needs attention: %1; see Kotak Masuk in the window.</source>
        <translation>Perlu perhatian: %1; lihat Kotak Masuk di jendela aplikasi.</translation>
    </message>
    <message>
        <source>Not sent to the server yet: %1. Sync first (or save them with export-bundle), then sign out.</source>
        <translation>Belum terkirim ke server: %1. Sinkronkan dulu (atau simpan dengan export-bundle), lalu keluar.</translation>
    </message>
    <message>
        <source>Saving %1 of %2</source>
        <translation>Menyimpan %1 dari %2</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>Mengunduh %1 dari %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Mengunduh %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>sekitar %1 lagi</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Kirim dan terima perubahan sekarang (F5)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <source>Not encrypted (http)</source>
        <translation>Tidak terenkripsi (http)</translation>
    </message>
    <message>
        <source>Sample data · never synced</source>
        <translation>Data contoh · tidak pernah disinkronkan</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <translation>Menyinkronkan %1%</translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation>Belum masuk · %1</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>Belum pernah sinkron · %1</translation>
    </message>
    <message>
        <source>%1 · see the inbox</source>
        <translation>%1 · lihat Kotak Masuk</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Tersinkron baru saja</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 menunggu</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <source>%1 to settle</source>
        <translation>%1 perlu diselesaikan</translation>
    </message>
    <message>
        <source>%1 not applied</source>
        <translation>%1 tidak diterapkan</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Tersinkron pada %1</translation>
    </message>
    <message>
        <source>Synced %1 ago</source>
        <translation>Tersinkron %1 lalu</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>belum masuk</translation>
    </message>
    <message>
        <source>Account: %1
Open conflicts: %2
Rejected changes: %3
Server changes not applied here: %4</source>
        <translation>Akun: %1
Bentrok terbuka: %2
Perubahan ditolak: %3
Perubahan server tidak diterapkan: %4</translation>
    </message>
    <message>
        <source>The connection to the server is not encrypted: passwords and data can be read on the way. Ask for its https:// address.</source>
        <translation>Sambungan ke server tidak terenkripsi: kata sandi dan data bisa dibaca orang lain di tengah jalan. Mintalah alamat https:// server ini.</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>hh:mm</source>
        <translation>jj:mm</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>Ajukan untuk ditinjau (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Koperasi:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Selesai:</translation>
    </message>
    <message>
        <source>&amp;Travel by:</source>
        <translation>&amp;Perjalanan lewat:</translation>
    </message>
    <message>
        <source>People met:</source>
        <translation>Yang ditemui:</translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation>Jumlah &amp;orang:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Lintang:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>B&amp;ujur:</translation>
    </message>
    <message>
        <source>The position a photo&apos;s GPS recorded; check it is where the visit was</source>
        <translation>Posisi yang dicatat GPS sebuah foto; periksa apakah benar tempat kunjungan</translation>
    </message>
    <message>
        <source>Cooperative not in the list? %1</source>
        <translation>Koperasi tidak ada di daftar? %1</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Temuan:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Masalah:</translation>
    </message>
    <message>
        <source>&amp;Next visit plan:</source>
        <translation>Rencana kunjungan &amp;berikut:</translation>
    </message>
    <message>
        <source>Next visit &amp;date:</source>
        <translation>Tanggal kunjungan b&amp;erikut:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Ajukan ulang</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 menulis pada %2: %3</translation>
    </message>
    <message>
        <source>(read-only while it is reviewed)</source>
        <translation>(hanya-baca selama diperiksa)</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <source>Visit submitted.</source>
        <translation>Kunjungan diajukan.</translation>
    </message>
    <message>
        <source>Visit resubmitted.</source>
        <translation>Kunjungan diajukan ulang.</translation>
    </message>
    <message>
        <source>Changes saved. Resubmit the visit when the PMO&apos;s points are fixed.</source>
        <translation>Perubahan disimpan. Ajukan ulang kunjungan setelah catatan PMO diperbaiki.</translation>
    </message>
    <message>
        <source>Visit draft saved. Submit it when it is complete, for the PMO&apos;s review.</source>
        <translation>Draf kunjungan disimpan. Ajukan bila sudah lengkap agar ditinjau PMO.</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>Search cooperative, findings or problems…</source>
        <translation>Cari koperasi, temuan, atau masalah…</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>Kunjungan &amp;baru</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Koperasi:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>S&amp;ampai:</translation>
    </message>
    <message>
        <source>No visits on this laptop yet. They come with sync.</source>
        <translation>Belum ada kunjungan di laptop ini. Datanya datang lewat sinkronisasi.</translation>
    </message>
    <message>
        <source>No visits yet. After meeting a cooperative, write down what you found.</source>
        <translation>Belum ada kunjungan. Setelah bertemu koperasi, catat apa yang Anda temukan.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <source>All cooperatives</source>
        <translation>Semua koperasi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
</context>
<context>
    <name>YearEdit</name>
    <message>
        <source>e.g. %1</source>
        <translation>mis. %1</translation>
    </message>
</context>
</TS>
