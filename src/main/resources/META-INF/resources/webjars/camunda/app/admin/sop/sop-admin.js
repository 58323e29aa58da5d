// Admin plugin of SOP Flow: System › Hari libur, where the administrator keeps the office's days off
// (/api/kalender/libur). A change names its decree, is recorded with who made it, and moves the
// deadlines not yet passed.
import {date, element, failure, getJson, postJson, table} from '../../sop/sop-ui.js';

const KINDS = [['libur-nasional', 'Libur nasional'], ['cuti-bersama', 'Cuti bersama'], ['libur-daerah', 'Libur daerah']];

function field(label, input) {
  return element('div', {class: 'form-group'}, [element('label', {for: input.id}, [label]), input]);
}

function input(id, type, placeholder) {
  return element('input', {id, type, class: 'form-control', placeholder: placeholder || ''});
}

/** The add form: date, name, kind and decree; the answer says how many deadlines moved. */
function addForm(year, reload) {
  const day = input('sop-libur-tanggal', 'date');
  const name = input('sop-libur-nama', 'text', 'mis. Cuti bersama Natal');
  const kind = element('select', {id: 'sop-libur-jenis', class: 'form-control'},
    KINDS.map(([value, label]) => element('option', {value}, [label])));
  const decree = input('sop-libur-dasar', 'text', 'mis. SKB 3 Menteri Nomor ... Tahun ' + year);
  const message = element('p', {class: 'sop-libur-pesan'}, []);
  const save = element('button', {type: 'submit', class: 'btn btn-primary'}, ['Tambah hari libur']);
  const form = element('form', {class: 'sop-libur-form'}, [
    field('Tanggal', day), field('Nama', name), field('Jenis', kind), field('Dasar penetapan', decree), save, message]);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const result = await postJson('/api/kalender/libur', {tanggal: day.value, nama: name.value, jenis: kind.value,
        dasar: decree.value});
      await reload(result.tenggatBergeser + ' tenggat yang belum lewat dihitung ulang.');
    } catch (error) {
      message.replaceChildren('Tidak tersimpan: ' + error.message);
    }
  });
  return form;
}

/** A listed day off can be taken away (a cancelled cuti bersama), naming the decree. */
function removeButton(holiday, reload) {
  const button = element('button', {type: 'button', class: 'btn btn-default btn-xs sop-libur-hapus'}, ['Hapus']);
  button.addEventListener('click', async () => {
    const decree = window.prompt('Dasar penghapusan ' + date(holiday.tanggal) + ' (keputusan yang mencabutnya):');
    if (decree) {
      try {
        const result = await postJson('/api/kalender/libur/hapus', {tanggal: holiday.tanggal, dasar: decree});
        await reload(result.tenggatBergeser + ' tenggat yang belum lewat dihitung ulang.');
      } catch (error) {
        await reload('Tidak terhapus: ' + error.message);
      }
    }
  });
  return button;
}

async function show(node, year, notice) {
  const calendar = await getJson('/api/kalender/libur?tahun=' + year);
  const reload = text => show(node, year, text).catch(error => failure(node, error));
  const choose = element('input', {type: 'number', class: 'form-control sop-libur-tahun', value: year, min: 2000,
    max: 2100, 'aria-label': 'Tahun'});
  choose.addEventListener('change', () => show(node, Number(choose.value)).catch(error => failure(node, error)));
  const days = calendar.libur.map(holiday => [date(holiday.tanggal), holiday.nama, holiday.jenis,
    removeButton(holiday, reload)]);
  const changes = calendar.perubahan.map(change => [date(change.tanggal), change.aksi, change.nama || '–',
    change.dasar, change.oleh, new Date(change.pada).toLocaleString('id-ID')]);
  node.replaceChildren(element('div', {class: 'sop-hari-libur'}, [
    element('h3', {}, ['Hari libur ' + year]),
    choose,
    notice ? element('div', {class: 'alert alert-info sop-libur-hasil'}, [notice]) : element('span', {}, []),
    calendar.peringatan ? element('div', {class: 'alert alert-warning'}, [calendar.peringatan + '.']) : element('span', {}, []),
    table(['Tanggal', 'Nama', 'Jenis', ''], days, 'sop-libur-table'),
    element('h4', {}, ['Tambah hari libur']),
    addForm(year, reload),
    element('h4', {}, ['Riwayat perubahan']),
    changes.length ? table(['Tanggal', 'Perubahan', 'Nama', 'Dasar', 'Oleh', 'Dicatat'], changes, 'sop-libur-riwayat')
      : element('p', {}, ['Belum ada perubahan oleh kantor untuk tahun ini.'])
  ]));
}

const holidays = {
  id: 'sop-hari-libur',
  pluginPoint: 'admin.system',
  priority: 5,
  properties: {label: 'Hari libur'},
  render: node => {
    node.replaceChildren(element('p', {}, ['Memuat hari libur…']));
    show(node, new Date().getFullYear()).catch(error => failure(node, error));
  }
};

export default [holidays];
