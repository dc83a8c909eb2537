<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
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
