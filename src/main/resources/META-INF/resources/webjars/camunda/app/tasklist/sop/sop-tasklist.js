// Tasklist plugins of SOP Flow: Entri SKM kertas, where an officer types a paper questionnaire
// question by question as the printed form asks it (question 8 sarana, question 9 pengaduan), each
// question showing the unsur it rates; it is stored as POST /api/skm/responses with p1-p9.
import {element, getJson, postJson} from '../../sop/sop-ui.js';

const PATH = '/skm-kertas';

function question(item) {
  return element('fieldset', {class: 'sop-skm-pertanyaan', 'data-field': item.field}, [
    element('legend', {}, [item.nomor + '. ' + item.pertanyaan]),
    element('p', {class: 'help-block'}, ['Menilai unsur ' + item.unsur.toUpperCase() + ' ' + item.unsurLabel]),
    ...item.jawaban.map((answer, index) => element('label', {class: 'radio-inline'}, [
      element('input', {type: 'radio', name: item.field, value: String(index + 1)}), ' ' + (index + 1) + ' ' + answer]))
  ]);
}

/** The answers chosen, by question field; a question left blank on paper stays out. */
function chosen(form, questions) {
  const answers = {};
  questions.forEach(item => {
    const checked = form.querySelector('input[name="' + item.field + '"]:checked');
    if (checked) {
      answers[item.field] = Number(checked.value);
    }
  });
  return answers;
}

async function entryPage(node) {
  const questions = await getJson('/api/skm/kuesioner');
  const code = element('input', {id: 'sop-skm-kode', type: 'text', class: 'form-control', required: 'required',
    autocomplete: 'off'});
  const message = element('div', {class: 'sop-skm-pesan', role: 'status'}, []);
  const form = element('form', {class: 'sop-skm-kertas'}, [
    element('div', {class: 'form-group'}, [element('label', {for: 'sop-skm-kode'}, ['Kode lacak pada tanda bukti']), code]),
    ...questions.map(question),
    element('button', {type: 'submit', class: 'btn btn-primary'}, ['Simpan kuesioner']), message]);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const request = await getJson('/api/layanan/kode/' + encodeURIComponent(code.value.trim()));
      await postJson('/api/skm/responses', Object.assign({processInstanceId: request.processInstanceId},
        chosen(form, questions)));
      message.className = 'sop-skm-pesan alert alert-success';
      message.replaceChildren('Kuesioner tersimpan untuk ' + request.layanan + ' (' + (request.nomorRegister || '–') + ').');
      form.reset();
    } catch (error) {
      message.className = 'sop-skm-pesan alert alert-danger';
      message.replaceChildren('Tidak tersimpan: ' + error.message);
    }
  });
  // Tasklist's layout does not scroll beyond the window: the page scrolls within itself
  node.replaceChildren(element('div', {class: 'sop-skm-entri container',
    style: 'max-height: calc(100vh - 140px); overflow-y: auto; padding-bottom: 40px;'}, [
    element('h3', {}, ['Entri Survei Kepuasan Masyarakat dari kertas']),
    element('p', {}, ['Ketik jawaban menurut nomor pertanyaan pada formulir kertas. Pertanyaan 8 menilai sarana dan'
      + ' prasarana (U9), pertanyaan 9 menilai penanganan pengaduan (U8). Pertanyaan yang dikosongkan boleh dilewati.']),
    form]));
}

const entryRoute = {
  id: 'sop-skm-kertas',
  pluginPoint: 'tasklist.route',
  properties: {path: PATH},
  render: node => {
    node.replaceChildren(element('p', {}, ['Memuat kuesioner…']));
    entryPage(node).catch(error => node.replaceChildren(element('p', {}, ['Kuesioner tidak dapat dimuat: '
      + error.message])));
  }
};

const entryLink = {
  id: 'sop-skm-kertas-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: node => node.replaceChildren(element('a', {href: '#' + PATH, class: 'sop-skm-kertas-link'},
    ['Entri SKM kertas']))
};

export default [entryRoute, entryLink];
