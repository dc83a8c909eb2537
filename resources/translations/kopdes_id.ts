<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Backups</name>
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
        <source>Search cooperative or village name…</source>
        <translation>Cari nama koperasi atau desa…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
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
        <source>%1 cooperatives</source>
        <translation>%1 koperasi</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Daftar tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>CooperativeTableModel</name>
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
    <name>HomePage</name>
    <message>
        <source>Welcome to Kopdes Desktop</source>
        <translation>Selamat datang di Kopdes Desktop</translation>
    </message>
    <message>
        <source>Cooperative profiles, visit logs and business opportunities, kept on this laptop and usable without a signal.</source>
        <translation>Profil koperasi, catatan kunjungan, dan peluang usaha, tersimpan di laptop ini dan bisa dipakai tanpa sinyal.</translation>
    </message>
    <message>
        <source>Cooperatives:</source>
        <translation>Koperasi:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Kunjungan:</translation>
    </message>
    <message>
        <source>Business opportunities:</source>
        <translation>Peluang usaha:</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>Perubahan menunggu dikirim:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 perubahan menunggu dikirim</translation>
    </message>
    <message>
        <source>Sample data loaded: %1 cooperatives.</source>
        <translation>Data contoh dimuat: %1 koperasi.</translation>
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
        <source>%1 changes in the damaged file were not yet sent and are not in the backup. Please note them now and enter them again after recovering:</source>
        <translation>%1 perubahan dalam berkas yang rusak belum terkirim dan tidak ada di cadangan. Catatlah sekarang dan masukkan kembali setelah pemulihan:</translation>
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
</TS>
